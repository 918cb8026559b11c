package io.github.bbbjakarta.simulator;

import java.util.List;

/**
 * A webhook registered with the simulated bbb-webhooks ({@code hooks/create}). Immutable and thread-safe.
 *
 * @param hookID        the hook's id (a random UUID, as bbb-webhooks 3.x makes them)
 * @param callbackURL   the URL events would be POSTed to, as sent
 * @param meetingID     the external meeting id the hook is limited to, or {@code null} for a global hook
 * @param eventIDs      the event ids it is limited to, lower-cased as bbb-webhooks stores them, or {@code null}
 *                      for all events
 * @param rawData       whether it asked for raw events ({@code getRaw=true})
 * @param permanentHook whether it is a permanent hook (never, for hooks made through the API)
 */
public record HookSnapshot(String hookID, String callbackURL, String meetingID, List<String> eventIDs,
                           boolean rawData, boolean permanentHook) {
    public HookSnapshot {
        eventIDs = eventIDs == null ? null : List.copyOf(eventIDs);
    }
}
