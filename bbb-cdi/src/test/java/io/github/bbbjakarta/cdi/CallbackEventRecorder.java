package io.github.bbbjakarta.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the events the callback endpoint (and MeetingService) fires, except the raw WebhookReceived. */
@ApplicationScoped
public class CallbackEventRecorder {
    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final List<WebhookReceived> webhooks = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failNext;

    void ready(@Observes RecordingReady event) {
        record(event);
    }

    void ended(@Observes MeetingEnded event) {
        record(event);
    }

    void joined(@Observes UserJoined event) {
        record(event);
    }

    void left(@Observes UserLeft event) {
        record(event);
    }

    void recording(@Observes RecordingStatusChanged event) {
        record(event);
    }

    void webhook(@Observes WebhookReceived event) {
        webhooks.add(event);
    }

    private void record(Object event) {
        RuntimeException fail = failNext;
        if (fail != null) {
            failNext = null;
            throw fail;
        }
        events.add(event);
    }

    /** The next observed event throws this (as an LMS observer whose database is down). */
    public void failNext(RuntimeException e) {
        failNext = e;
    }

    public List<Object> events() {
        return List.copyOf(events);
    }

    public <T> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<WebhookReceived> webhooks() {
        return List.copyOf(webhooks);
    }
}
