package io.github.bbbjakarta.it;

import io.github.bbbjakarta.cdi.MeetingEnded;
import io.github.bbbjakarta.cdi.RecordingReady;
import io.github.bbbjakarta.cdi.UserJoined;
import io.github.bbbjakarta.cdi.UserLeft;
import io.github.bbbjakarta.cdi.WebhookReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An application's observer of bbb-cdi's callback events, as an LMS would have one: records every
 * {@link MeetingEnded}, {@link RecordingReady}, {@link UserJoined}, {@link UserLeft} and {@link WebhookReceived}
 * in the order they were fired (by the callback endpoint on the server's request threads, or by MeetingService).
 * Thread-safe.
 */
@ApplicationScoped
public class CallbackEventLog {
    private final List<Object> events = new CopyOnWriteArrayList<>();

    void ended(@Observes MeetingEnded event) {
        events.add(event);
    }

    void recordingReady(@Observes RecordingReady event) {
        events.add(event);
    }

    void joined(@Observes UserJoined event) {
        events.add(event);
    }

    void left(@Observes UserLeft event) {
        events.add(event);
    }

    void webhook(@Observes WebhookReceived event) {
        events.add(event);
    }

    /** The events of one meeting (by external meeting ID) of one type, oldest first. */
    public <T> List<T> of(Class<T> type, String meetingID) {
        return events.stream().filter(type::isInstance).map(type::cast)
                .filter(e -> meetingID.equals(meetingID(e))).toList();
    }

    /** Every event of one meeting, oldest first. */
    public List<Object> about(String meetingID) {
        return events.stream().filter(e -> meetingID.equals(meetingID(e))).toList();
    }

    private static String meetingID(Object event) {
        if (event instanceof MeetingEnded e) {
            return e.meetingID();
        } else if (event instanceof RecordingReady e) {
            return e.meetingID();
        } else if (event instanceof UserJoined e) {
            return e.meetingID();
        } else if (event instanceof UserLeft e) {
            return e.meetingID();
        } else if (event instanceof WebhookReceived e) {
            return e.event().meetingID();
        }
        return null;
    }
}
