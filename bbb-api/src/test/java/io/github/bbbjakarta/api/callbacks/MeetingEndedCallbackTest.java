package io.github.bbbjakarta.api.callbacks;

import io.github.bbbjakarta.api.callbacks.BbbCallbackException.Reason;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MeetingEndedCallbackTest {
    private static Reason refused(String query) {
        return assertThrows(BbbCallbackException.class, () -> MeetingEndedCallback.fromQuery(query)).reason();
    }

    @Test
    void queryAsBbbSendsIt() {
        // the LMS's own token first, then what bbb-web's URIBuilder appended
        assertEquals(new MeetingEndedCallback("course 42/ü", true),
                MeetingEndedCallback.fromQuery("token=abc&recordingmarks=true&meetingID=course+42%2F%C3%BC"));
        assertEquals(new MeetingEndedCallback("m", false),
                MeetingEndedCallback.fromQuery("meetingID=m&recordingmarks=false"));
        assertEquals(new MeetingEndedCallback("m", true), MeetingEndedCallback.of("m", "TRUE"));
    }

    @Test
    void missingRepeatedOrBadParametersAreRefused() {
        assertEquals(Reason.MISSING_PARAMETER, refused(null));
        assertEquals(Reason.MISSING_PARAMETER, refused(""));
        assertEquals(Reason.MISSING_PARAMETER, refused("recordingmarks=true"));
        assertEquals(Reason.MISSING_PARAMETER, refused("meetingID=&recordingmarks=true"));
        assertEquals(Reason.MISSING_PARAMETER, refused("meetingID=m"));
        assertEquals(Reason.MALFORMED, refused("meetingID=m&recordingmarks=yes"));
        assertEquals(Reason.MALFORMED, refused("meetingID=m&meetingID=n&recordingmarks=true"));
        assertEquals(Reason.MALFORMED, refused("meetingID=%G0&recordingmarks=true"));
        assertEquals(Reason.TOO_LARGE, refused("meetingID=" + "m".repeat(20_000) + "&recordingmarks=true"));
        BbbCallbackException e = assertThrows(BbbCallbackException.class, () -> MeetingEndedCallback.of(null, "true"));
        assertEquals("end callback: meetingID is missing", e.getMessage());
    }
}
