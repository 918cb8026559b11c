package io.github.bbbjakarta.api;

/**
 * What {@code create} returns. On a repeated create of a running meeting the server answers with the
 * existing meeting's data and {@code messageKey=duplicateWarning}: see {@link #isDuplicate()}.
 * Immutable; {@link #toString()} leaves out the (deprecated) passwords.
 *
 * @param meetingID            the meeting ID the caller chose
 * @param internalMeetingID    the server's ID: {@code sha1(meetingID)-createTime}
 * @param parentMeetingID      the parent's ID for a breakout room, {@code bbb-none} otherwise
 * @param attendeePW           the viewer password (deprecated in BBB 2.7+), may be {@code null}
 * @param moderatorPW          the moderator password (deprecated in BBB 2.7+), may be {@code null}
 * @param createTime           the creation time in epoch milliseconds; pass it on join behind Scalelite
 * @param voiceBridge          the voice conference number
 * @param dialNumber           the dial-in number
 * @param createDate           the creation time as the server printed it
 * @param hasUserJoined        whether anyone has connected yet
 * @param duration             the maximum length in minutes, 0 for none
 * @param hasBeenForciblyEnded whether the meeting was ended
 * @param messageKey           empty, or {@code duplicateWarning}
 * @param message              the server's message for {@code messageKey}
 */
public record CreateMeetingResponse(String meetingID, String internalMeetingID, String parentMeetingID,
                                    String attendeePW, String moderatorPW, long createTime, String voiceBridge,
                                    String dialNumber, String createDate, boolean hasUserJoined, int duration,
                                    boolean hasBeenForciblyEnded, String messageKey, String message) {

    /** Whether the meeting already existed ({@code duplicateWarning}); its existing data is returned. */
    public boolean isDuplicate() {
        return io.github.bbbjakarta.api.internal.Wire.Key.DUPLICATE_WARNING.equals(messageKey);
    }

    @Override
    public String toString() {
        return "CreateMeetingResponse[meetingID=" + meetingID + ", internalMeetingID=" + internalMeetingID
                + ", parentMeetingID=" + parentMeetingID + ", createTime=" + createTime + ", voiceBridge=" + voiceBridge
                + ", dialNumber=" + dialNumber + ", createDate=" + createDate + ", hasUserJoined=" + hasUserJoined
                + ", duration=" + duration + ", hasBeenForciblyEnded=" + hasBeenForciblyEnded
                + ", messageKey=" + messageKey + "]";
    }
}
