package io.github.bbbjakarta.simulator.internal.state;

import io.github.bbbjakarta.simulator.AttendeeSnapshot;
import io.github.bbbjakarta.simulator.ChatMessageSnapshot;
import io.github.bbbjakarta.simulator.DocumentSnapshot;
import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.MeetingSnapshot;
import io.github.bbbjakarta.simulator.Parameter;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.internal.digest.Digests;
import io.github.bbbjakarta.simulator.internal.wire.Wire;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * All meetings and user sessions of one simulator (bbb-web {@code MeetingService}). Every method is
 * synchronized on the registry; run compound operations with {@link #atomically(Supplier)}. Time-based
 * transitions (left users dropped after {@code usersTimeout}, meeting expiry) are evaluated lazily against the
 * clock on each {@link #tick()}.
 */
public final class MeetingRegistry {
    /**
     * How long the breakout rooms of an ended parent stay answerable: bbb-web only forwards {@code end}; akka ends
     * the parent, then each room, whose end bbb-web processes like any other.
     */
    public static final Duration BREAKOUT_END_DELAY = Duration.ofSeconds(1);

    /** How many session tokens of ended meetings are remembered for the client page. */
    public static final int ENDED_SESSIONS_KEPT = 10_000;

    private final Clock clock;
    private final Duration usersTimeout;
    private final Map<String, Meeting> meetings = new LinkedHashMap<>();
    private final Map<String, UserSession> sessions = new LinkedHashMap<>();
    private final List<ChatMessageSnapshot> chatMessages = new ArrayList<>();
    /** Meeting names by the session tokens of ended meetings (the most recent {@link #ENDED_SESSIONS_KEPT}). */
    private final Map<String, String> endedSessions = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > ENDED_SESSIONS_KEPT;
        }
    };
    private long lastCreateTime;
    private volatile MeetingEvents events = new MeetingEvents() { };

    public MeetingRegistry(Clock clock, Duration usersTimeout) {
        this.clock = clock;
        this.usersTimeout = usersTimeout;
    }

    /** Sets the listener told about joins and ends (the recording store). */
    public void listen(MeetingEvents listener) {
        this.events = java.util.Objects.requireNonNull(listener);
    }

    /** Runs a compound operation while holding the registry lock. */
    public synchronized <T> T atomically(Supplier<T> action) {
        return action.get();
    }

    /** Current time of the simulator clock in ms. */
    public long now() {
        return clock.millis();
    }

    /**
     * A creation time for a new meeting: the clock's millis, but strictly after the previous one so that a
     * re-created meeting always gets a new internal id.
     */
    public synchronized long nextCreateTime() {
        long t = Math.max(clock.millis(), lastCreateTime + 1);
        lastCreateTime = t;
        return t;
    }

    /** Applies the time-based transitions due at the current clock time. */
    public synchronized void tick() {
        long now = clock.millis();
        for (Meeting m : new ArrayList<>(meetings.values())) {
            if (!meetings.containsKey(m.internalId())) {
                continue;
            }
            m.purgeLeftUsers(now, usersTimeout.toMillis());
            if (m.spec().breakout()) {
                if (m.parentEndedAt() > 0 && now - m.parentEndedAt() >= BREAKOUT_END_DELAY.toMillis()) {
                    end(m);
                }
                continue;
            }
            NewMeeting s = m.spec();
            boolean neverJoined = !m.hasUserJoined()
                    && now - m.createTime() > s.expireIfNoUserJoinedMinutes() * 60_000L;
            boolean durationExceeded = s.duration() > 0 && now > m.createTime() + s.duration() * 60_000L;
            boolean lastUserLeft = m.hasUserJoined() && m.numUsersOnline() == 0 && m.endTime() > 0
                    && (s.expireWhenLastUserLeftMinutes() == 0
                    || now - m.endTime() > s.expireWhenLastUserLeftMinutes() * 60_000L);
            if (neverJoined || durationExceeded || lastUserLeft) {
                end(m);
            }
        }
    }

    /** bbb-web {@code ServiceUtils.findMeetingFromMeetingID}: internal-id prefix first, then sha1 prefix. */
    public synchronized Meeting findMeetingFromMeetingID(String meetingID) {
        if (meetingID == null || meetingID.isEmpty()) {
            return null;
        }
        Meeting m = byPrefix(meetingID);
        if (m == null) {
            m = byPrefix(Digests.sha1Hex(meetingID));
        }
        return m;
    }

    private Meeting byPrefix(String prefix) {
        for (Map.Entry<String, Meeting> e : meetings.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** {@code getNotEndedMeetingWithId}: a meeting whose internal id starts with the prefix. */
    public synchronized Meeting notEndedMeetingWithId(String prefix) {
        Meeting m = byPrefix(prefix);
        return m == null || m.forciblyEnded() ? null : m;
    }

    /** Whether a not-ended meeting uses this voice bridge (as tel or web voice). */
    public synchronized boolean voiceBridgeInUse(String telVoice, String webVoice) {
        for (Meeting m : meetings.values()) {
            if (m.forciblyEnded()) {
                continue;
            }
            if (telVoice != null && telVoice.equals(m.spec().voiceBridge())) {
                return true;
            }
            if (webVoice != null && webVoice.equals(m.spec().webVoice())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code MeetingService.createMeeting}: registers the meeting unless a not-ended meeting has the same
     * sha1(external id) prefix or voice bridge.
     *
     * @return the registered meeting, or {@code null} when it was refused
     */
    public synchronized Meeting create(NewMeeting spec) {
        String prefix = Digests.sha1Hex(spec.externalId());
        if (notEndedMeetingWithId(prefix) != null || voiceBridgeInUse(spec.voiceBridge(), spec.webVoice())) {
            return null;
        }
        Meeting m = new Meeting(spec);
        meetings.put(spec.internalId(), m);
        if (spec.breakout()) {
            Meeting parent = meetings.get(spec.parentMeetingId());
            if (parent != null) {
                parent.addBreakoutRoom(spec.externalId());
            }
        }
        events.meetingCreated(m);
        return m;
    }

    /**
     * Ends a meeting: removed at once with its sessions. Its breakout rooms end {@link #BREAKOUT_END_DELAY} later
     * (on the first {@link #tick()} after that), answerable until then.
     */
    public synchronized void end(Meeting m) {
        if (meetings.remove(m.internalId()) == null) {
            return;
        }
        long now = clock.millis();
        m.markEnded();
        events.meetingEnded(m, now);
        sessions.values().removeIf(s -> {
            boolean ofMeeting = s.internalMeetingId.equals(m.internalId());
            if (ofMeeting) {
                endedSessions.put(s.sessionToken, m.name());
            }
            return ofMeeting;
        });
        for (Meeting child : meetings.values()) {
            if (child.spec().breakout() && m.internalId().equals(child.spec().parentMeetingId())) {
                child.parentEnded(now);
            }
        }
    }

    /** maxParticipants check of the join controller. */
    public synchronized boolean hasReachedMaxParticipants(Meeting m, String externalUserId, boolean bot) {
        int max = m.spec().maxUsers();
        if (max <= 0 || bot || m.hasUserWithExtId(externalUserId)) {
            return false;
        }
        return m.countUniqueExtIds() >= max;
    }

    /** Stores the {@code userdata-*} of a join, keyed by external user id (later joins replace it). */
    public synchronized void putUserCustomData(Meeting m, String externalUserId, Map<String, String> data) {
        m.putUserCustomData(externalUserId, data);
    }

    /** Registers a join session. */
    public synchronized UserSession registerSession(Meeting m, String sessionToken, String authToken,
                                                    String internalUserId, String externalUserId, String fullName,
                                                    String role, boolean guest, boolean authed, String guestStatus,
                                                    String clientUrl, String logoutUrl,
                                                    Map<String, String> customData, List<Parameter> joinParams) {
        UserSession s = new UserSession(sessionToken, authToken, internalUserId, externalUserId, fullName, role,
                guest, authed, guestStatus, m.internalId(), m.externalId(), clientUrl, logoutUrl, customData,
                joinParams);
        sessions.put(sessionToken, s);
        return s;
    }

    /** The session with this token, or {@code null}. */
    public synchronized UserSession session(String sessionToken) {
        return sessionToken == null ? null : sessions.get(sessionToken);
    }

    /** The name of the ended meeting a session token belonged to, or {@code null}. */
    public synchronized String endedMeetingName(String sessionToken) {
        return sessionToken == null ? null : endedSessions.get(sessionToken);
    }

    /** The meeting of a session, or {@code null} when it ended. */
    public synchronized Meeting meetingOf(UserSession s) {
        return meetings.get(s.internalMeetingId);
    }

    /** The simulated client connected: bbb-web's {@code userJoined}. */
    public synchronized void connect(UserSession s) {
        Meeting m = meetings.get(s.internalMeetingId);
        if (m == null) {
            throw new IllegalStateException("The meeting of this session has ended");
        }
        if (Wire.DENY.equals(s.guestStatus)) {
            throw new IllegalStateException("This session was denied by the guest policy");
        }
        if (Wire.WAIT.equals(s.guestStatus)) {
            s.guestStatus = Wire.ALLOW;
        }
        s.left = false;
        m.userJoined(new User(s.internalUserId, s.externalUserId, s.fullName, s.role));
        events.userConnected(m, s);
        events.userJoined(m, s.internalUserId);
    }

    /** The sessions of a meeting whose guest waits for a moderator ({@code WAIT}), oldest first. */
    public synchronized List<UserSession> waitingGuests(Meeting m) {
        return sessions.values().stream()
                .filter(s -> s.internalMeetingId.equals(m.internalId()) && Wire.WAIT.equals(s.guestStatus))
                .toList();
    }

    /**
     * A moderator's decision on a waiting guest: {@code ALLOW} (its client connects when it next opens the client
     * page) or {@code DENY}. A session that does not wait is left as it is.
     */
    public synchronized void decideGuest(UserSession s, boolean allow) {
        if (Wire.WAIT.equals(s.guestStatus)) {
            s.guestStatus = allow ? Wire.ALLOW : Wire.DENY;
        }
    }

    /** The simulated client left: bbb-web's {@code userLeft}. */
    public synchronized void disconnect(UserSession s) {
        s.left = true;
        Meeting m = meetings.get(s.internalMeetingId);
        if (m != null) {
            User u = m.user(s.internalUserId);
            boolean wasOnline = u != null && !u.left;
            m.userLeft(s.internalUserId, clock.millis());
            if (wasOnline) {
                events.userLeft(m, s.internalUserId);
            }
        }
    }

    /** Whether the user of a session is in its meeting and has not left. */
    public synchronized boolean isConnected(UserSession s) {
        Meeting m = meetings.get(s.internalMeetingId);
        if (m == null) {
            return false;
        }
        User u = m.user(s.internalUserId);
        return u != null && !u.left;
    }

    /** Meetings in creation order. */
    public synchronized List<Meeting> meetings() {
        return new ArrayList<>(meetings.values());
    }

    /** Forgets all meetings and sessions. */
    public synchronized void reset() {
        meetings.clear();
        sessions.clear();
        endedSessions.clear();
        chatMessages.clear();
    }

    /** Snapshot of one session. */
    public synchronized JoinSession snapshot(UserSession s) {
        return new JoinSession(s.externalMeetingId, s.internalMeetingId, s.internalUserId, s.externalUserId,
                s.fullName, role(s.role), s.guest, s.guestStatus, s.sessionToken, s.authToken, s.clientUrl,
                isConnected(s), s.customData, s.joinParams);
    }

    /** Snapshots of all sessions. */
    public synchronized List<JoinSession> sessionSnapshots() {
        tick();
        List<JoinSession> out = new ArrayList<>();
        for (UserSession s : sessions.values()) {
            out.add(snapshot(s));
        }
        return out;
    }

    /** Appends documents an {@code insertDocument} uploads to a meeting. */
    public synchronized void insertDocuments(Meeting m, List<DocumentSnapshot> docs) {
        m.insertDocuments(docs);
    }

    /** Records a chat message posted to a meeting (kept after the meeting ends, until {@link #reset()}). */
    public synchronized ChatMessageSnapshot postChatMessage(Meeting m, String userName, String message) {
        ChatMessageSnapshot c = new ChatMessageSnapshot(m.externalId(), userName, message, now());
        chatMessages.add(c);
        return c;
    }

    /** Chat messages of one external meeting id, oldest first. */
    public synchronized List<ChatMessageSnapshot> chatMessages(String meetingID) {
        return chatMessages.stream().filter(c -> c.meetingID().equals(meetingID)).toList();
    }

    /** Snapshots of all meetings. */
    public synchronized List<MeetingSnapshot> meetingSnapshots() {
        tick();
        List<MeetingSnapshot> out = new ArrayList<>();
        for (Meeting m : meetings.values()) {
            NewMeeting s = m.spec();
            List<AttendeeSnapshot> attendees = new ArrayList<>();
            for (Meeting.UserView u : m.users()) {
                attendees.add(new AttendeeSnapshot(u.internalUserId(), u.externalUserId(), u.fullName(),
                        role(u.role()), u.presenter(), u.left(),
                        u.customData() == null ? Map.of() : u.customData()));
            }
            List<JoinSession> joins = new ArrayList<>();
            for (UserSession us : sessions.values()) {
                if (us.internalMeetingId.equals(m.internalId())) {
                    joins.add(snapshot(us));
                }
            }
            out.add(new MeetingSnapshot(s.externalId(), s.internalId(), s.name(), s.createTime(), s.attendeePW(),
                    s.moderatorPW(), s.voiceBridge(), s.dialNumber(), m.running(), m.hasUserJoined(),
                    m.startTime(), m.endTime(), s.duration(), s.maxUsers(), s.record(), s.breakout(),
                    s.parentMeetingId(), s.sequence(), m.breakoutRooms(), s.guestPolicy(), s.logoutUrl(),
                    s.createParams(), s.metadata(), s.disabledFeatures(), m.documents(), attendees, joins));
        }
        return out;
    }

    private static SimRole role(String wireRole) {
        return Wire.MODERATOR.equals(wireRole) ? SimRole.MODERATOR : SimRole.VIEWER;
    }
}
