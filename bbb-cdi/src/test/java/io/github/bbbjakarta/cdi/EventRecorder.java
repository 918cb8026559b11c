package io.github.bbbjakarta.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the events MeetingService fires. */
@ApplicationScoped
public class EventRecorder {
    private final List<Object> events = new CopyOnWriteArrayList<>();

    void created(@Observes MeetingCreated event) {
        events.add(event);
    }

    void ended(@Observes MeetingEnded event) {
        events.add(event);
    }

    public List<Object> events() {
        return List.copyOf(events);
    }
}
