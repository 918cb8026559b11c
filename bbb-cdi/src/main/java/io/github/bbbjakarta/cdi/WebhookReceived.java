package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.api.callbacks.WebhookEvent;

import java.util.Objects;

/**
 * CDI event: any verified bbb-webhooks event, once per event (retries fire nothing more), besides the typed event
 * fired for the ones an LMS usually acts on ({@link MeetingEnded}, {@link UserJoined}, {@link UserLeft},
 * {@link RecordingStatusChanged}). For what has no typed event (chat, polls, breakout rooms…): read
 * {@link WebhookEvent#json()}. Immutable.
 *
 * @param event the verified event; its JSON may hold meeting passwords ({@code meeting-created}): do not log it
 */
public record WebhookReceived(WebhookEvent event) {
    /** Checks that the event is given. */
    public WebhookReceived {
        Objects.requireNonNull(event, "event");
    }
}
