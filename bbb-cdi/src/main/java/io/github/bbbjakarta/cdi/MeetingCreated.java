package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;

import java.util.Objects;

/**
 * CDI event fired synchronously by {@link MeetingService#create(CreateMeetingRequest)} when the server created
 * a new meeting; a repeated create of a running meeting (a {@linkplain CreateMeetingResponse#isDuplicate()
 * duplicate}) fires nothing. Observe it with {@code void on(@Observes MeetingCreated event)}. Immutable.
 *
 * @param request  what was sent
 * @param response what the server answered
 */
public record MeetingCreated(CreateMeetingRequest request, CreateMeetingResponse response) {
    /** Checks that both are given. */
    public MeetingCreated {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
    }

    /** The meeting ID. */
    public String meetingID() {
        return request.meetingID();
    }
}
