package io.github.bbbjakarta.simulator;

import io.github.bbbjakarta.simulator.internal.calls.GroupsParam;
import io.github.bbbjakarta.simulator.internal.wire.ApiParam;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one meeting at a point in time, including everything the client sent on {@code create}.
 * Immutable and thread-safe.
 *
 * @param meetingID         external meeting id
 * @param internalMeetingID internal id ({@code sha1hex(meetingID)-createTime})
 * @param name              meeting name as stored (control characters stripped, trimmed)
 * @param createTime        creation time in ms
 * @param attendeePW        attendee password (sent or generated)
 * @param moderatorPW       moderator password (sent or generated)
 * @param voiceBridge       voice bridge (sent or generated)
 * @param dialNumber        dial number
 * @param running           whether bbb-web would answer {@code running=true}
 * @param hasUserJoined     whether a client ever connected
 * @param startTime         start time in ms
 * @param endTime           time the last user left, 0 while someone is connected or nobody left yet
 * @param duration          {@code duration} in minutes
 * @param maxParticipants   {@code maxParticipants} (0 = unlimited)
 * @param record            {@code record}
 * @param breakout          whether this is a breakout room
 * @param parentMeetingID   parent internal id, {@code bbb-none} unless breakout
 * @param sequence          breakout sequence (0 unless breakout)
 * @param breakoutRooms     external ids of this meeting's breakout rooms
 * @param guestPolicy       guest policy
 * @param logoutURL         the meeting's logout URL
 * @param createParams      all decoded create parameters in arrival order (query, then form body)
 * @param metadata          {@code meta_*} values keyed by lower-cased name without prefix, in arrival order
 * @param disabledFeatures  effective disabled features (server default ∪ param − exclude)
 * @param documents         pre-uploaded presentation documents
 * @param attendees         users counted by the meeting
 * @param joins             all join sessions of the meeting
 */
public record MeetingSnapshot(String meetingID, String internalMeetingID, String name, long createTime,
                              String attendeePW, String moderatorPW, String voiceBridge, String dialNumber,
                              boolean running, boolean hasUserJoined, long startTime, long endTime, int duration,
                              int maxParticipants, boolean record, boolean breakout, String parentMeetingID,
                              int sequence, List<String> breakoutRooms, String guestPolicy, String logoutURL,
                              List<Parameter> createParams, Map<String, String> metadata,
                              List<String> disabledFeatures, List<DocumentSnapshot> documents,
                              List<AttendeeSnapshot> attendees, List<JoinSession> joins) {
    public MeetingSnapshot {
        breakoutRooms = List.copyOf(breakoutRooms);
        createParams = List.copyOf(createParams);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        disabledFeatures = List.copyOf(disabledFeatures);
        documents = List.copyOf(documents);
        attendees = List.copyOf(attendees);
        joins = List.copyOf(joins);
    }

    /**
     * The pre-assigned breakout rooms of create's {@code groups}, as bbb-web keeps them (entries that are not
     * objects or have no {@code id} dropped); empty when none were sent.
     */
    public List<BreakoutGroupSnapshot> groups() {
        return GroupsParam.parse(createParam(ApiParam.GROUPS).orElse(null));
    }

    /** First decoded value of a create parameter as the client sent it. */
    public Optional<String> createParam(String name) {
        return createParams.stream().filter(p -> p.name().equals(name)).map(Parameter::value).findFirst();
    }
}
