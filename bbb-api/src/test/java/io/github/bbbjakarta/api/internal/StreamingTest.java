package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.internal.Wire.Element;
import io.github.bbbjakarta.api.internal.meetings.MeetingXml;
import io.github.bbbjakarta.api.internal.xml.BbbXml;
import io.github.bbbjakarta.api.internal.xml.ResponseXml;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link BbbXml#forEach}: a list read one bound item at a time, from a stream never held whole. */
class StreamingTest {

    /** A getMeetings answer of {@code count} meetings, generated while it is read. */
    private static InputStream meetings(int count) {
        List<InputStream> parts = new ArrayList<>();
        parts.add(stream("<response><returncode>SUCCESS</returncode><meetings>"));
        for (int i = 0; i < count; i++) {
            parts.add(stream("<meeting><meetingID>m" + i + "</meetingID><internalMeetingID>i" + i
                    + "</internalMeetingID><metadata><k>v" + i + "</k></metadata></meeting>"));
        }
        parts.add(stream("</meetings></response>"));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachItemIsHandedOverAsItIsRead() {
        List<String> ids = new ArrayList<>();
        ResponseXml head = BbbXml.forEach(meetings(20_000), Element.MEETINGS, Element.MEETING, MeetingXml.class, m -> {
            assertEquals("v" + ids.size(), m.metadata.toMap().get("k"));
            ids.add(m.meetingID);
        });
        assertEquals("SUCCESS", head.returncode);
        assertEquals(20_000, ids.size());
        assertEquals("m19999", ids.get(19_999));
    }

    @Test
    void theElementLimitAppliesToEachItem() {
        StringBuilder hostile = new StringBuilder("<meeting><meetingID>big</meetingID><metadata>");
        for (int i = 0; i < 100_001; i++) {
            hostile.append("<k/>");
        }
        InputStream body = new SequenceInputStream(Collections.enumeration(List.of(
                stream("<response><returncode>SUCCESS</returncode><meetings><meeting><meetingID>small</meetingID></meeting>"),
                stream(hostile.append("</metadata></meeting></meetings></response>").toString()))));
        List<String> seen = new ArrayList<>();
        RuntimeException e = assertThrows(RuntimeException.class, () -> BbbXml.forEach(body,
                Element.MEETINGS, Element.MEETING, MeetingXml.class, m -> seen.add(m.meetingID)));
        assertTrue(e.getMessage().contains("more than 100000 elements"), e.getMessage());
        assertEquals(List.of("small"), seen);
    }

    @Test
    void aFailedAnswerAfterItemsIsStillAFailure() {
        byte[] body = ("<response><meetings><meeting><meetingID>m</meetingID><internalMeetingID>i</internalMeetingID>"
                + "</meeting></meetings><returncode>FAILED</returncode><messageKey>checksumError</messageKey></response>")
                .getBytes(StandardCharsets.UTF_8);
        BbbApiException e = assertThrows(BbbApiException.class, () -> io.github.bbbjakarta.api.internal.meetings
                .MeetingInfoMapper.meetings("getMeetings", new HttpTransport.Answer(200, null, body)));
        assertEquals("checksumError", e.messageKey());
    }
}
