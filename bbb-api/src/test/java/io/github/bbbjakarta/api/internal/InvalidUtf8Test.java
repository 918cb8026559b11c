package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.meetings.MeetingInfoMapper;
import io.github.bbbjakarta.api.internal.meetings.RunningMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bodies that are not UTF-8: a typed error, and (unlike the JDK parser alone) nothing printed to System.err. */
class InvalidUtf8Test {

    @Test
    void invalidBytesAreATransportErrorAndNothingIsPrinted() {
        byte[] body = {'<', 'r', 'e', 's', 'p', 'o', 'n', 's', 'e', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'r', 'e',
                's', 'p', 'o', 'n', 's', 'e', '>'};
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        BbbTransportException e;
        try {
            e = assertThrows(BbbTransportException.class,
                    () -> MeetingInfoMapper.meetingInfo("getMeetingInfo", new Answer(200, null, body)));
        } finally {
            System.setErr(original);
        }
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() {
        byte[] xml = "<response><returncode>SUCCESS</returncode><running>true</running></response>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[xml.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(xml, 0, body, 3, xml.length);
        assertTrue(RunningMapper.running("isMeetingRunning", new Answer(200, null, body)));
    }
}
