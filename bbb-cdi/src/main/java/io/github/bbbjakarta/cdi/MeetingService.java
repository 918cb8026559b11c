package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.api.ApiVersion;
import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.JoinMeetingRequest;
import io.github.bbbjakarta.api.JoinMeetingResponse;
import io.github.bbbjakarta.api.JoinUrl;
import io.github.bbbjakarta.api.MeetingInfo;
import io.github.bbbjakarta.cdi.internal.CallbackSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The meeting calls of the configured BigBlueButton server (or Scalelite load balancer), for injection:
 * <pre>{@code
 * @Inject MeetingService meetings;
 *
 * CreateMeetingResponse m = meetings.create(CreateMeetingRequest.builder("abc123", "Physics 101").build());
 * JoinUrl url = meetings.joinUrl(JoinMeetingRequest.builder("abc123", "Ada", Role.MODERATOR)
 *         .userID("lms-42").createTime(m.createTime()).build());
 * }</pre>
 * Each method delegates to the shared {@link BigBlueButtonClient} (also injectable, for the {@code …Async}
 * calls), configured through MicroProfile Config:
 * <table>
 * <caption>Configuration (environment variables per MicroProfile Config, e.g. {@code BBB_CONNECT_TIMEOUT})</caption>
 * <tr><th>Property</th><th>Default</th><th>Meaning</th></tr>
 * <tr><td>{@code bbb.url}</td><td>required</td><td>server URL: {@code https://host/bigbluebutton/}, {@code …/api/} or {@code https://host}</td></tr>
 * <tr><td>{@code bbb.secret}</td><td>required</td><td>shared secret ({@code bbb-conf --secret}, or Scalelite's)</td></tr>
 * <tr><td>{@code bbb.checksum}</td><td>{@code sha256}</td><td>{@code sha1}, {@code sha256}, {@code sha384} or {@code sha512}</td></tr>
 * <tr><td>{@code bbb.connect-timeout}</td><td>{@code 5s}</td><td>duration: {@code 5s}, {@code 500ms}, {@code 1m}, {@code 1h}, ISO-8601 {@code PT5S}, or a number of milliseconds</td></tr>
 * <tr><td>{@code bbb.read-timeout}</td><td>{@code 15s}</td><td>duration, as above</td></tr>
 * </table>
 * A missing or unusable value fails the deployment with a {@link BbbConfigurationException} naming the property.
 *
 * <p>Fires {@link MeetingCreated} and {@link MeetingEnded} synchronously; an observer's exception reaches the
 * caller. Thread-safe. Methods throw what the client throws: {@link BbbApiException} (the server said
 * {@code FAILED}), {@link BbbTransportException} (no usable answer), {@link BbbParameterException} (bad input,
 * nothing sent).
 */
@ApplicationScoped
public class MeetingService {
    private final BigBlueButtonClient client;
    private final Event<MeetingCreated> created;
    private final Event<MeetingEnded> ended;
    /** Adds the callback URLs to create (with {@code bbb.callback-url}); keeps an end from being reported twice. */
    @Inject
    CallbackSupport callbacks;

    /** For the container's proxy only. */
    protected MeetingService() {
        this.client = null;
        this.created = null;
        this.ended = null;
    }

    @Inject
    MeetingService(BigBlueButtonClient client, Event<MeetingCreated> created, Event<MeetingEnded> ended) {
        this.client = client;
        this.created = created;
        this.ended = ended;
    }

    /** The API base URL of the configured server, ending in {@code /api/}. */
    public URI apiUrl() {
        return client.apiUrl();
    }

    /**
     * Checks that the server answers and accepts our checksum.
     *
     * @return the server's version information
     * @throws BbbApiException       with {@code checksumError} if {@code bbb.secret} or {@code bbb.checksum} is wrong
     * @throws BbbTransportException if the server is unreachable
     * @see BigBlueButtonClient#checkConnection()
     */
    public ApiVersion checkConnection() {
        return client.checkConnection();
    }

    /**
     * Creates a meeting, or returns the running one with the same ID (idempotent: call it before every join).
     * Fires {@link MeetingCreated} (with the request as given) unless the meeting already existed. With
     * {@code bbb.callback-url} set, sends {@code meta_endCallbackUrl} and {@code meta_bbb-recording-ready-url} of
     * {@link BbbCallbackResource} unless the request has its own.
     *
     * @throws BbbApiException e.g. {@code idNotUnique} when the meeting runs with other passwords
     */
    public CreateMeetingResponse create(CreateMeetingRequest request) {
        CreateMeetingRequest sent = callbacks.addTo(request);
        CreateMeetingResponse response = client.meetings().create(sent);
        if (!response.isDuplicate()) {
            created.fire(new MeetingCreated(request, response));
        }
        return response;
    }

    /** The signed URL to send a user's browser to; computed offline, nothing is sent. A credential. */
    public JoinUrl joinUrl(JoinMeetingRequest request) {
        return client.meetings().joinUrl(request);
    }

    /**
     * Joins on the user's behalf ({@code redirect=false}) and returns the session the browser continues with.
     *
     * @throws BbbApiException e.g. {@code guestDeniedAccess}, {@code maxParticipantsReached}
     */
    public JoinMeetingResponse join(JoinMeetingRequest request) {
        return client.meetings().join(request);
    }

    /**
     * Ends a meeting, then fires {@link MeetingEnded}.
     *
     * @throws BbbApiException with {@code notFound} if no such meeting exists
     */
    public void end(String meetingID) {
        callbacks.ending(meetingID);   // the server's end callback may come before end returns: it fires nothing
        try {
            client.meetings().end(meetingID);
        } catch (RuntimeException e) {
            callbacks.notEnded(meetingID);
            throw e;
        }
        ended.fire(new MeetingEnded(meetingID));
    }

    /** Whether a client is connected to the meeting; {@code false} for an unknown meeting. */
    public boolean isMeetingRunning(String meetingID) {
        return client.meetings().isMeetingRunning(meetingID);
    }

    /**
     * Everything the server knows about a meeting.
     *
     * @throws BbbApiException with {@code notFound} if no such meeting exists; see {@link #findMeetingInfo(String)}
     */
    public MeetingInfo getMeetingInfo(String meetingID) {
        return client.meetings().getMeetingInfo(meetingID);
    }

    /** {@link #getMeetingInfo(String)}, with an unknown meeting as an empty result. */
    public Optional<MeetingInfo> findMeetingInfo(String meetingID) {
        return client.meetings().findMeetingInfo(meetingID);
    }

    /** All meetings on the server (on all servers behind Scalelite). */
    public List<MeetingInfo> getMeetings() {
        return client.meetings().getMeetings();
    }

    @Override
    public String toString() {
        return "MeetingService[" + (client == null ? "proxy" : client.toString()) + "]";
    }
}
