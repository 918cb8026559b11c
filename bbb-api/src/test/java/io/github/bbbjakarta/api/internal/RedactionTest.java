package io.github.bbbjakarta.api.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RedactionTest {

    @Test
    void hidesChecksumsAndSessionTokensOnly() {
        assertEquals("https://h/bigbluebutton/api/join?fullName=A&checksum=***",
                Redaction.redact("https://h/bigbluebutton/api/join?fullName=A&checksum=0a1b2c3d4e5f"));
        assertEquals("https://h/html5client?sessionToken=***&x=1", Redaction.redact("https://h/html5client?sessionToken=abc123&x=1"));
        assertEquals("bbb.checksum=sha256 is not accepted", Redaction.redact("bbb.checksum=sha256 is not accepted"));
    }
}
