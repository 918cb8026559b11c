package io.github.bbbjakarta.api.internal.meetings;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.GuestStatus;
import io.github.bbbjakarta.api.JoinMeetingResponse;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.Json;
import io.github.bbbjakarta.api.internal.Wire;
import io.github.bbbjakarta.api.internal.Wire.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import static io.github.bbbjakarta.api.internal.xml.Answers.enumValue;
import static io.github.bbbjakarta.api.internal.xml.Answers.required;
import static io.github.bbbjakarta.api.internal.xml.Answers.success;
import static io.github.bbbjakarta.api.internal.xml.Answers.text;

/** join's answer ({@code redirect=false}): XML on success, a 302 with {@code errors=[…]} on validation errors. */
public final class JoinMeetingMapper {
    private static final int HTTP_FOUND = 302;

    private JoinMeetingMapper() {
    }

    /** join's answer: the session, or the error a 302 carries as {@code errors=[…]}. */
    public static JoinMeetingResponse join(String call, Answer answer) {
        if (answer.status() == HTTP_FOUND) {
            throw redirectError(call, answer.location());
        }
        JoinMeetingXml x = success(call, answer, JoinMeetingXml.class);
        String url = required(call, Element.URL, x.url);
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new BbbTransportException(call, "the join answer's <" + Element.URL + "> is not a URL",
                    answer.status(), null);
        }
        GuestStatus status = x.guestStatus == null || x.guestStatus.isBlank()
                ? GuestStatus.ALLOW : enumValue(call, Element.GUEST_STATUS, GuestStatus.class, x.guestStatus);
        return JoinMeetingResponse.builder()
                .internalMeetingID(required(call, Element.JOIN_MEETING_ID, x.meetingId))
                .userID(required(call, Element.JOIN_USER_ID, x.userId))
                .authToken(text(x.authToken))
                .sessionToken(required(call, Element.SESSION_TOKEN, x.sessionToken))
                .guestStatus(status)
                .url(uri)
                .build();
    }

    private static RuntimeException redirectError(String call, String location) {
        if (location == null) {
            return new BbbTransportException(call, "HTTP 302 without a Location", HTTP_FOUND, null);
        }
        String raw;
        try {
            raw = new URI(location).getRawQuery();
        } catch (URISyntaxException e) {
            int q = location.indexOf('?');
            raw = q < 0 ? null : location.substring(q + 1);
        }
        if (raw != null) {
            String prefix = Wire.Param.ERRORS + "=";
            for (String pair : raw.split("&")) {
                if (pair.startsWith(prefix)) {
                    Json.provider(); // a clear IllegalStateException when JSON-P is missing in Java SE
                    try {
                        List<JoinErrors.Entry> errors = JoinErrors.read(pair.substring(prefix.length()));
                        if (!errors.isEmpty()) {
                            return new BbbApiException(call, text(errors.get(0).key()), text(errors.get(0).message()));
                        }
                    } catch (JoinErrors.UnreadableException e) {
                        return new BbbTransportException(call, "unreadable errors in the join redirect: "
                                + e.getMessage(), HTTP_FOUND, e);
                    }
                }
            }
        }
        return new BbbTransportException(call, "the server redirected instead of answering with XML"
                + " (a BBB older than 2.0 or a proxy?)", HTTP_FOUND, null);
    }
}
