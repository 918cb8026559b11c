package io.github.bbbjakarta.simulator.internal.state;

import io.github.bbbjakarta.simulator.HookSnapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The simulated bbb-webhooks hook store (its {@code HookCompartment}): hooks by id in creation order. Thread-safe.
 */
public final class HookRegistry {
    private final Map<String, HookSnapshot> hooks = new LinkedHashMap<>();

    /** The outcome of {@link #add}: the stored hook and whether it already existed for that callback URL. */
    public record Added(HookSnapshot hook, boolean duplicated) {
    }

    /**
     * {@code addSubscription}: a hook with this exact callback URL (whatever its meeting) is returned as a
     * duplicate, unchanged; otherwise a new non-permanent hook with a random (v4) UUID is stored.
     *
     * @param meetingID external meeting id, {@code null} for a global hook
     * @param eventIDs  lower-cased event ids, {@code null} for all events
     */
    public synchronized Added add(String callbackURL, String meetingID, List<String> eventIDs, boolean rawData) {
        for (HookSnapshot h : hooks.values()) {
            if (h.callbackURL().equals(callbackURL)) {
                return new Added(h, true);
            }
        }
        HookSnapshot h = new HookSnapshot(UUID.randomUUID().toString(), callbackURL, meetingID, eventIDs, rawData,
                false);
        hooks.put(h.hookID(), h);
        return new Added(h, false);
    }

    /** {@code removeSubscription}: removes a non-permanent hook; false when there is none with this id. */
    public synchronized boolean remove(String hookID) {
        HookSnapshot h = hooks.get(hookID);
        if (h == null || h.permanentHook()) {
            return false;
        }
        hooks.remove(hookID);
        return true;
    }

    /** All hooks in creation order. */
    public synchronized List<HookSnapshot> all() {
        return List.copyOf(hooks.values());
    }

    /** The global hooks plus the hooks of this external meeting id, sorted by hook id. */
    public synchronized List<HookSnapshot> forMeeting(String meetingID) {
        List<HookSnapshot> out = new ArrayList<>();
        for (HookSnapshot h : hooks.values()) {
            if (h.meetingID() == null || h.meetingID().equals(meetingID)) {
                out.add(h);
            }
        }
        out.sort(Comparator.comparing(HookSnapshot::hookID));
        return List.copyOf(out);
    }

    /**
     * The hooks an event goes to ({@code web-hooks.js onEvent}): every global hook, then, when the event names an
     * external meeting id, the hooks of that meeting; each in creation order.
     *
     * @param meetingID the event's external meeting id, or {@code null} when it names none
     */
    public synchronized List<HookSnapshot> forEvent(String meetingID) {
        List<HookSnapshot> out = new ArrayList<>();
        for (HookSnapshot h : hooks.values()) {
            if (h.meetingID() == null) {
                out.add(h);
            }
        }
        if (meetingID != null) {
            for (HookSnapshot h : hooks.values()) {
                if (meetingID.equals(h.meetingID())) {
                    out.add(h);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Removes this hook if it is still registered ({@code hook.destroy()} after a callback gave up); a hook
     * re-created meanwhile under the same id is not touched.
     */
    public synchronized void destroy(HookSnapshot hook) {
        hooks.remove(hook.hookID(), hook);
    }

    /** Whether no hook is registered. */
    public synchronized boolean isEmpty() {
        return hooks.isEmpty();
    }

    /** Forgets every hook. */
    public synchronized void reset() {
        hooks.clear();
    }
}
