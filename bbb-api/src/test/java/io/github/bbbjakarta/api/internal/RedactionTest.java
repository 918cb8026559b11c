package io.github.bbbjakarta.api.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RedactionTest {

    @Test
    void hidesChecksumsAndSessionTokens() {
        assertEquals("https://h/bigbluebutton/api/join?fullName=A&checksum=***",
                Redaction.redact("https://h/bigbluebutton/api/join?fullName=A&checksum=0a1b2c3d4e5f"));
        assertEquals("https://h/html5client?sessionToken=***&x=1", Redaction.redact("https://h/html5client?sessionToken=abc123&x=1"));
        assertEquals("bbb.checksum=sha256 is not accepted", Redaction.redact("bbb.checksum=sha256 is not accepted"));
    }

    @Test
    void hidesEveryPasswordParameter() {
        assertEquals("https://h/bigbluebutton/api/create?name=Room&meetingID=m1&attendeePW=***&moderatorPW=***&record=true&checksum=***",
                Redaction.redact("https://h/bigbluebutton/api/create?name=Room&meetingID=m1&attendeePW=ap%2B1&moderatorPW=mp+2"
                        + "&record=true&checksum=abcdef0123"));
        assertEquals("https://h/bigbluebutton/api/join?fullName=Ada&meetingID=m1&password=***&checksum=***",
                Redaction.redact("https://h/bigbluebutton/api/join?fullName=Ada&meetingID=m1&password=mp&checksum=00ff"));
        assertEquals("x?viewerPW=***&userPassword=***&ADMINPASSWORD=***&bbb.secret=***&apiToken=***",
                Redaction.redact("x?viewerPW=1&userPassword=2&ADMINPASSWORD=3&bbb.secret=4&apiToken=5"));
        assertEquals("a checksum=*** in a message", Redaction.redact("a checksum=0a9f in a message"));
    }

    @Test
    void leavesOtherParametersAlone() {
        String url = "https://h/bigbluebutton/api/getMeetingInfo?meetingID=password-room&fullName=PW+Smith";
        assertEquals(url, Redaction.redact(url));
        assertEquals(null, Redaction.redact(null));
    }
}
