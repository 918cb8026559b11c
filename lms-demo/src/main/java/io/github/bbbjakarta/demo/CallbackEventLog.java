package io.github.bbbjakarta.demo;

import io.github.bbbjakarta.cdi.MeetingCreated;
import io.github.bbbjakarta.cdi.MeetingEnded;
import io.github.bbbjakarta.cdi.RecordingReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What BBB told the LMS through bbb-cdi's callback endpoint ({@code bbb.callback-url}): the endpoint verifies each
 * callback (a forged one fires nothing) and fires CDI events, observed here. The last {@value #CAPACITY} are kept
 * with a sequence number for the page, which asks for the ones after the last it saw
 * ({@code GET api/events?after=N}) and re-renders the activity they name. Thread-safe.
 */
@ApplicationScoped
public class CallbackEventLog {
    static final int CAPACITY = 50;

    /**
     * One event as the page shows it.
     *
     * @param seq       increasing from 1
     * @param type      {@code MeetingEnded} or {@code RecordingReady}
     * @param meetingID the BBB meeting
     * @param recordID  the recording, for {@code RecordingReady}
     * @param detail    how the meeting ended ({@code END_CALLBACK}, {@code WEBHOOK}, {@code MEETING_SERVICE})
     * @param activity  the course activity of the meeting, when it is one of ours (not for breakout rooms)
     * @param at        when the LMS received it
     */
    record Entry(long seq, String type, String meetingID, Optional<String> recordID, Optional<String> detail,
                 Optional<Lms.ActivityRef> activity, Instant at) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    /** Meetings that ended and have not been created again: their activity shows "ended". */
    private final Set<String> ended = ConcurrentHashMap.newKeySet();
    private long lastSeq;

    @Inject
    Lms lms;

    void meetingEnded(@Observes MeetingEnded e) {     // end callback, webhook, or our own MeetingService.end
        ended.add(e.meetingID());
        add("MeetingEnded", e.meetingID(), Optional.empty(), Optional.of(e.origin().name()));
    }

    void recordingReady(@Observes RecordingReady r) { // the recording is published: list it on the page
        add("RecordingReady", r.meetingID(), Optional.of(r.recordID()), Optional.empty());
    }

    void meetingCreated(@Observes MeetingCreated c) { // a new session of an ended meeting: no longer "ended"
        ended.remove(c.request().meetingID());
    }

    private void add(String type, String meetingID, Optional<String> recordID, Optional<String> detail) {
        Optional<Lms.ActivityRef> activity = lms.activityOfMeeting(meetingID);
        synchronized (entries) {
            entries.addLast(new Entry(++lastSeq, type, meetingID, recordID, detail, activity, Instant.now(Clock.systemUTC())));
            while (entries.size() > CAPACITY) {
                entries.removeFirst();
            }
        }
    }

    /** The kept events with a sequence number above {@code after}, oldest first. */
    List<Entry> after(long after) {
        synchronized (entries) {
            return entries.stream().filter(e -> e.seq() > after).toList();
        }
    }

    /** The sequence number of the newest event, 0 before the first. */
    long lastSeq() {
        synchronized (entries) {
            return lastSeq;
        }
    }

    /** Whether the meeting ended (a callback said so) and was not created again since. */
    boolean hasEnded(String meetingID) {
        return ended.contains(meetingID);
    }
}
