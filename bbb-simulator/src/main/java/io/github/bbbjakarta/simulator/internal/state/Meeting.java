package io.github.bbbjakarta.simulator.internal.state;

import io.github.bbbjakarta.simulator.DocumentSnapshot;
import io.github.bbbjakarta.simulator.internal.wire.Wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A registered meeting (bbb-web {@code Meeting}). Mutable; every access must hold the {@link MeetingRegistry}
 * lock.
 */
public final class Meeting {
    private final NewMeeting spec;
    private final long startTime;
    private long endTime;
    private boolean hasUserJoined;
    private boolean forciblyEnded;
    private long parentEndedAt;
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> userCustomData = new HashMap<>();
    private final List<String> breakoutRooms = new ArrayList<>();
    private final List<DocumentSnapshot> documents = new ArrayList<>();

    Meeting(NewMeeting spec) {
        this.spec = spec;
        this.documents.addAll(spec.documents());
        this.startTime = spec.createTime();
    }

    public NewMeeting spec() {
        return spec;
    }

    public String externalId() {
        return spec.externalId();
    }

    public String internalId() {
        return spec.internalId();
    }

    public String name() {
        return spec.name();
    }

    public long createTime() {
        return spec.createTime();
    }

    public long startTime() {
        return startTime;
    }

    public long endTime() {
        return endTime;
    }

    public boolean hasUserJoined() {
        return hasUserJoined;
    }

    public boolean forciblyEnded() {
        return forciblyEnded;
    }

    void markEnded() {
        forciblyEnded = true;
    }

    /** When this breakout room's parent ended (ms), or 0: akka then ends the room, a moment later. */
    long parentEndedAt() {
        return parentEndedAt;
    }

    void parentEnded(long now) {
        if (parentEndedAt == 0) {
            parentEndedAt = now;
        }
    }

    /** {@code !users.isEmpty()}: connected users plus those that left less than usersTimeout ago. */
    public boolean running() {
        return !users.isEmpty();
    }

    /** All counted users ({@code getNumUsers}). */
    public int numUsers() {
        return users.size();
    }

    /** Users that have not left ({@code getNumUsersOnline}). */
    public int numUsersOnline() {
        return (int) users.values().stream().filter(u -> !u.left).count();
    }

    /** Moderators that have not left. */
    public int numModerators() {
        return (int) users.values().stream().filter(u -> !u.left && Wire.MODERATOR.equals(u.role)).count();
    }

    /** Pre-uploaded documents followed by inserted ones. */
    public List<DocumentSnapshot> documents() {
        return List.copyOf(documents);
    }

    /** Appends inserted documents; a current one among them makes the earlier documents not current. */
    void insertDocuments(List<DocumentSnapshot> inserted) {
        if (inserted.stream().anyMatch(DocumentSnapshot::current)) {
            documents.replaceAll(d -> d.current() ? new DocumentSnapshot(d.url(), d.fileName(), false,
                    d.downloadable(), d.removable(), d.base64Content(), d.size(), d.fromParameter(),
                    d.attributes()) : d);
        }
        documents.addAll(inserted);
    }

    public List<String> breakoutRooms() {
        return Collections.unmodifiableList(breakoutRooms);
    }

    void addBreakoutRoom(String externalId) {
        breakoutRooms.add(externalId);
    }

    /** Users in insertion order, as views for rendering. */
    public List<UserView> users() {
        List<UserView> out = new ArrayList<>();
        for (User u : users.values()) {
            out.add(new UserView(u.internalUserId, u.externalUserId, u.fullName, u.role, u.presenter, u.left,
                    userCustomData.get(u.externalUserId)));
        }
        return out;
    }

    /** The custom data stored for an external user id, or {@code null}. */
    public Map<String, String> userCustomData(String externalUserId) {
        return userCustomData.get(externalUserId);
    }

    void putUserCustomData(String externalUserId, Map<String, String> data) {
        userCustomData.put(externalUserId, data);
    }

    int countUniqueExtIds() {
        Set<String> ids = new HashSet<>();
        for (User u : users.values()) {
            ids.add(u.externalUserId);
        }
        return ids.size();
    }

    boolean hasUserWithExtId(String externalUserId) {
        return users.values().stream().anyMatch(u -> u.externalUserId.equals(externalUserId));
    }

    User user(String internalUserId) {
        return users.get(internalUserId);
    }

    void userJoined(User user) {
        User existing = users.get(user.internalUserId);
        if (existing != null) {
            existing.left = false;
        } else {
            hasUserJoined = true;
            users.put(user.internalUserId, user);
            existing = user;
        }
        if (Wire.MODERATOR.equals(existing.role)
                && users.values().stream().noneMatch(u -> u.presenter && !u.left)) {
            existing.presenter = true;
        }
        endTime = 0;
    }

    void userLeft(String internalUserId, long now) {
        User u = users.get(internalUserId);
        if (u == null || u.left) {
            return;
        }
        u.left = true;
        u.leftOn = now;
        u.presenter = false;
        if (numUsersOnline() == 0) {
            endTime = now;
        }
    }

    /** Removes users that left at least {@code usersTimeoutMs} ago. */
    void purgeLeftUsers(long now, long usersTimeoutMs) {
        users.values().removeIf(u -> u.left && now - u.leftOn >= usersTimeoutMs);
    }

    /** Rendering view of a user. */
    public record UserView(String internalUserId, String externalUserId, String fullName, String role,
                           boolean presenter, boolean left, Map<String, String> customData) {
    }
}
