package io.github.bbbjakarta.api.internal.meetings;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.Wire.Key;
import io.github.bbbjakarta.api.internal.xml.Answers;
import io.github.bbbjakarta.api.internal.xml.ResponseXml;

/** insertDocument's and sendChatMessage's answers. */
public final class MeetingContentMapper {
    private static final String UNKNOWN_MEETING_PREFIX = "Meeting with id [";
    private static final String PRESENTATION_DISABLED_PREFIX = "Presentation feature is disabled";

    private MeetingContentMapper() {
    }

    /**
     * insertDocument's answer ({@code insert-document.ftlx}: returncode and message, no messageKey). A FAILED
     * answer gets a derived key: {@code notFound} for "Meeting with id [X] not found.",
     * {@code presentationDisabled} for "Presentation feature is disabled, ignoring.", else the (empty) key sent.
     */
    public static Void insertDocument(String call, Answer answer) {
        try {
            Answers.success(call, answer, ResponseXml.class);
        } catch (BbbApiException e) {
            if (!e.messageKey().isEmpty()) {
                throw e;
            }
            String message = e.serverMessage() == null ? "" : e.serverMessage();
            String key = message.startsWith(UNKNOWN_MEETING_PREFIX) ? Key.NOT_FOUND
                    : message.startsWith(PRESENTATION_DISABLED_PREFIX) ? Key.PRESENTATION_DISABLED : "";
            throw new BbbApiException(call, key, message);
        }
        return null;
    }

    /** sendChatMessage's answer: nothing to return but success ({@code meetingNotFound} when not running). */
    public static Void sendChatMessage(String call, Answer answer) {
        Answers.success(call, answer, ResponseXml.class);
        return null;
    }
}
