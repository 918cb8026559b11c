package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Single-flight for create: concurrent creates of one meeting with identical parameters become one call to the
 * server, and the created meeting is remembered for a short time (its {@code createTime} serves the joins that
 * follow) until {@link #forget(String) forgotten} (the meeting ended, or the server said {@code notFound}).
 *
 * <p>A create with other parameters than the remembered one is sent to the server (and then remembered instead).
 * A failed create is not remembered: everyone who waited for it gets its exception, the next caller sends again.
 * Thread-safe; callers block only while a create of the same meeting is in flight.
 */
public final class CreateCoalescer {
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final ConcurrentMap<String, Flight> flights = new ConcurrentHashMap<>();

    /**
     * @param ttl how long a created meeting is remembered; zero remembers nothing (concurrent creates still
     *            coalesce)
     */
    public CreateCoalescer(Duration ttl) {
        this(ttl, System::nanoTime);
    }

    CreateCoalescer(Duration ttl, LongSupplier nanoClock) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must not be negative: " + ttl);
        }
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** What one caller got: the response, and whether this caller's own call reached the server. */
    public record Outcome(CreateMeetingResponse response, boolean sent) {
    }

    /**
     * Creates through {@code server} unless a create of the same meeting with identical parameters is in flight
     * (then waits for it) or was answered within the TTL (then reuses its answer). Callers that did not send get
     * the answer marked as a {@linkplain CreateMeetingResponse#isDuplicate() duplicate}, as BBB would have said.
     *
     * @throws RuntimeException what the sending caller's {@code server} call threw
     */
    public Outcome create(CreateMeetingRequest request, Function<CreateMeetingRequest, CreateMeetingResponse> server) {
        String meetingID = request.meetingID();
        long now = nanoClock.getAsLong();
        Flight mine = new Flight(request);
        Flight flight = flights.compute(meetingID,
                (id, current) -> current != null && current.serves(request, now) ? current : mine);
        if (flight != mine) {
            return new Outcome(asDuplicate(flight.await()), false);
        }
        if (flights.size() > 64) {
            flights.values().removeIf(f -> f.expired(now));
        }
        CreateMeetingResponse response;
        try {
            response = server.apply(request);
        } catch (RuntimeException | Error e) {
            flights.remove(meetingID, mine);
            mine.result.completeExceptionally(e);
            throw e;
        }
        mine.expiresAt = nanoClock.getAsLong() + ttlNanos;
        mine.result.complete(response);
        return new Outcome(response, true);
    }

    /** Forgets the meeting (it ended, or the server does not know it): the next create is sent to the server. */
    public void forget(String meetingID) {
        flights.remove(meetingID);
    }

    /** The number of meetings in flight or remembered (for tests). */
    int size() {
        return flights.size();
    }

    private static CreateMeetingResponse asDuplicate(CreateMeetingResponse response) {
        return response.isDuplicate() ? response
                : response.toBuilder().messageKey("duplicateWarning")
                        .message("This conference was already in existence and may currently be in progress.")
                        .build();
    }

    private final class Flight {
        final CreateMeetingRequest request;
        final CompletableFuture<CreateMeetingResponse> result = new CompletableFuture<>();
        volatile long expiresAt;

        Flight(CreateMeetingRequest request) {
            this.request = request;
        }

        boolean serves(CreateMeetingRequest other, long now) {
            return request.equals(other) && !expired(now);
        }

        /** Answered and older than the TTL (a failed flight is removed before it completes). */
        boolean expired(long now) {
            return result.isDone() && now - expiresAt >= 0;
        }

        CreateMeetingResponse await() {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BbbTransportException("create", "interrupted while waiting for the same meeting's create",
                        0, e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new CompletionException(cause);
            }
        }
    }
}
