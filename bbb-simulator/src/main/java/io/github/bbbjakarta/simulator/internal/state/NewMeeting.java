package io.github.bbbjakarta.simulator.internal.state;

import io.github.bbbjakarta.simulator.DocumentSnapshot;
import io.github.bbbjakarta.simulator.Parameter;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code ParamsProcessorUtil.processCreateParams} derives from a create request, before the
 * meeting is registered. Immutable.
 */
public record NewMeeting(String externalId, String internalId, long createTime, String name, String attendeePW,
                         String moderatorPW, String voiceBridge, String webVoice, String dialNumber,
                         String logoutUrl, boolean record, int duration, int maxUsers, boolean breakout,
                         String parentMeetingId, int sequence, boolean freeJoin, String guestPolicy,
                         boolean authenticatedGuest, Map<String, String> metadata, List<String> disabledFeatures,
                         List<Parameter> createParams, int expireIfNoUserJoinedMinutes,
                         int expireWhenLastUserLeftMinutes, List<DocumentSnapshot> documents) {
    public NewMeeting {
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        disabledFeatures = List.copyOf(disabledFeatures);
        createParams = List.copyOf(createParams);
        documents = List.copyOf(documents);
    }

    /** A copy with the pre-uploaded documents. */
    public NewMeeting withDocuments(List<DocumentSnapshot> docs) {
        return new NewMeeting(externalId, internalId, createTime, name, attendeePW, moderatorPW, voiceBridge,
                webVoice, dialNumber, logoutUrl, record, duration, maxUsers, breakout, parentMeetingId, sequence,
                freeJoin, guestPolicy, authenticatedGuest, metadata, disabledFeatures, createParams,
                expireIfNoUserJoinedMinutes, expireWhenLastUserLeftMinutes, docs);
    }
}
