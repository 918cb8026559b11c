package io.github.bbbjakarta.simulator.internal.control;

import io.github.bbbjakarta.simulator.CallbackSnapshot;
import io.github.bbbjakarta.simulator.ChatMessageSnapshot;
import io.github.bbbjakarta.simulator.HookSnapshot;
import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.MeetingSnapshot;
import io.github.bbbjakarta.simulator.RecordingSettings;
import io.github.bbbjakarta.simulator.RecordingSnapshot;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.SimulatorControl;
import io.github.bbbjakarta.simulator.Stub;
import io.github.bbbjakarta.simulator.internal.SimulatorConfig;
import io.github.bbbjakarta.simulator.internal.callbacks.CallbackSender;
import io.github.bbbjakarta.simulator.internal.state.HookRegistry;
import io.github.bbbjakarta.simulator.internal.state.Meeting;
import io.github.bbbjakarta.simulator.internal.state.MeetingRegistry;
import io.github.bbbjakarta.simulator.internal.state.RecordingStore;
import io.github.bbbjakarta.simulator.internal.state.Tokens;
import io.github.bbbjakarta.simulator.internal.state.UserSession;
import io.github.bbbjakarta.simulator.internal.wire.Wire;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The in-process {@link SimulatorControl} of one engine. Thread-safe. */
public final class LocalControl implements SimulatorControl {
    private final SimulatorConfig config;
    private final MeetingRegistry registry;
    private final HookRegistry hooks;
    private final Journal journal;
    private final StubRegistry stubs;
    private final RecordingStore recordingStore;
    private final CallbackSender callbacks;

    public LocalControl(SimulatorConfig config, MeetingRegistry registry, HookRegistry hooks, Journal journal,
                        StubRegistry stubs, RecordingStore recordingStore, CallbackSender callbacks) {
        this.callbacks = callbacks;
        this.recordingStore = recordingStore;
        this.config = config;
        this.registry = registry;
        this.hooks = hooks;
        this.journal = journal;
        this.stubs = stubs;
    }

    @Override
    public List<JournalEntry> requests() {
        return journal.entries();
    }

    @Override
    public void clearRequests() {
        journal.clear();
    }

    @Override
    public void reset() {
        registry.reset();
        recordingStore.reset();
        hooks.reset();
        journal.clear();
        stubs.clear();
        callbacks.reset();
    }

    @Override
    public List<CallbackSnapshot> callbacks() {
        return callbacks.snapshots();
    }

    @Override
    public List<MeetingSnapshot> meetings() {
        return registry.meetingSnapshots();
    }

    @Override
    public List<HookSnapshot> hooks() {
        return hooks.all();
    }

    @Override
    public List<ChatMessageSnapshot> chatMessages(String meetingID) {
        Objects.requireNonNull(meetingID, "meetingID");
        return registry.chatMessages(meetingID);
    }

    @Override
    public List<JoinSession> joinSessions() {
        return registry.sessionSnapshots();
    }

    @Override
    public JoinSession connect(String sessionToken) {
        return registry.atomically(() -> {
            registry.tick();
            UserSession s = registry.session(sessionToken);
            if (s == null) {
                throw new IllegalArgumentException("No join session has this session token");
            }
            registry.connect(s);
            return registry.snapshot(s);
        });
    }

    @Override
    public JoinSession connectUser(String meetingID, String fullName, SimRole role, String userID) {
        Objects.requireNonNull(meetingID, "meetingID");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
        return registry.atomically(() -> {
            registry.tick();
            Meeting m = registry.findMeetingFromMeetingID(meetingID);
            if (m == null) {
                throw new IllegalArgumentException("No meeting with id " + meetingID);
            }
            String internalUserId = "w_" + Tokens.alphanumeric(12).toLowerCase(Locale.ROOT);
            String sessionToken = Tokens.alphanumeric(16).toLowerCase(Locale.ROOT);
            String externalUserId = userID == null || userID.isEmpty() ? internalUserId : userID;
            UserSession s = registry.registerSession(m, sessionToken, Tokens.alphanumeric(12).toLowerCase(Locale.ROOT),
                    internalUserId, externalUserId, fullName, role.name(), false, true, Wire.ALLOW,
                    config.clientUrl(sessionToken, false), m.spec().logoutUrl(), Map.of(), List.of());
            registry.connect(s);
            return registry.snapshot(s);
        });
    }

    @Override
    public JoinSession disconnect(String sessionToken) {
        return registry.atomically(() -> {
            registry.tick();
            UserSession s = registry.session(sessionToken);
            if (s == null) {
                throw new IllegalArgumentException("No join session has this session token");
            }
            registry.disconnect(s);
            return registry.snapshot(s);
        });
    }

    @Override
    public void stub(String callName, Stub stub) {
        stubs.put(callName, stub);
    }

    @Override
    public void removeStub(String callName) {
        stubs.remove(callName);
    }

    @Override
    public Map<String, Stub> stubs() {
        return stubs.all();
    }

    @Override
    public List<RecordingSnapshot> recordings() {
        return registry.atomically(() -> {
            registry.tick();
            recordingStore.tick(config.clock().millis());
            return recordingStore.snapshots();
        });
    }

    @Override
    public void startRecording(String meetingID) {
        registry.atomically(() -> {
            recordingStore.startRecording(existing(meetingID));
            return null;
        });
    }

    @Override
    public void stopRecording(String meetingID) {
        registry.atomically(() -> {
            recordingStore.stopRecording(existing(meetingID));
            return null;
        });
    }

    @Override
    public void endMeeting(String meetingID) {
        registry.atomically(() -> {
            registry.end(existing(meetingID));
            return null;
        });
    }

    /** The meeting with this id after the due expiries, under the registry lock. */
    private Meeting existing(String meetingID) {
        Objects.requireNonNull(meetingID, "meetingID");
        registry.tick();
        Meeting m = registry.findMeetingFromMeetingID(meetingID);
        if (m == null) {
            throw new IllegalArgumentException("No meeting with id " + meetingID);
        }
        return m;
    }

    @Override
    public int advanceRecordings() {
        return registry.atomically(() -> {
            registry.tick();
            return recordingStore.advance();
        });
    }

    @Override
    public RecordingSnapshot addRecording(io.github.bbbjakarta.simulator.RecordingSeed seed) {
        Objects.requireNonNull(seed, "seed");
        return registry.atomically(() -> {
            registry.tick();
            return recordingStore.seed(seed, config.clock().millis()).snapshot();
        });
    }

    @Override
    public List<io.github.bbbjakarta.simulator.TextTrackSnapshot> textTracks(String recordID) {
        Objects.requireNonNull(recordID, "recordID");
        return registry.atomically(() -> {
            registry.tick();
            recordingStore.tick(config.clock().millis());
            return recordingStore.textTrackSnapshots(recordID);
        });
    }

    @Override
    public RecordingSettings recordingSettings() {
        return recordingStore.settings();
    }

    @Override
    public void recordingSettings(RecordingSettings settings) {
        recordingStore.settings(settings);
    }
}
