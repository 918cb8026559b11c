package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.internal.digest.Digests;
import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecksumsTest {
    static final String SECRET = "639259d4-9dd8-4b25-bf01-95f9567eaf4b";
    static final String QUERY = "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444";

    @Test
    void docsExample() {
        assertEquals("1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17", Digests.sha1Hex("create" + QUERY + SECRET));
        Checksums c = new Checksums(SECRET, "sha1,sha256,sha384,sha512");
        String raw = QUERY + "&checksum=1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17";
        assertEquals(Optional.empty(), c.validate("create", raw, Params.parse(raw, null)));
    }

    @Test
    void sanitizedQueryAndChecksum() {
        Checksums c = new Checksums(SECRET, "sha1");
        String cs = Digests.sha1Hex("create" + QUERY + SECRET);
        // control characters and surrounding blanks are removed from the query and the checksum value
        String raw = "%20" + QUERY + "&checksum=" + cs + "%09";
        assertEquals(Optional.of(BbbMessage.CHECKSUM_MISMATCH), c.validate("create", raw, Params.parse(raw, null)),
                "the leading %20 is part of the raw query and breaks the hash");
        String rawTab = QUERY + "&checksum=" + cs;
        assertEquals(Optional.empty(), c.validate("create", "\t" + rawTab + " ", Params.parse(rawTab, null)));
    }

    @Test
    void supportedListUsesContains() {
        String cs = Digests.hex("sha256", "getMeetings" + SECRET);
        Params p = Params.parse("checksum=" + cs, null);
        assertTrue(new Checksums(SECRET, "sha256").validate("getMeetings", "checksum=" + cs, p).isEmpty());
        assertFalse(new Checksums(SECRET, "sha1,sha384").validate("getMeetings", "checksum=" + cs, p).isEmpty());
    }

    @Test
    void legacyRule() {
        Checksums c = new Checksums(SECRET, "sha1,sha256,sha384,sha512");
        String q = "meetingID=x";
        String cs = Digests.hex("sha512", "getRecordings" + q + SECRET);
        String raw = "checksum=" + cs + "&" + q;
        assertTrue(c.validateLegacy("getRecordings", raw, Params.parse(raw, null)));
        assertFalse(c.validateLegacy("getRecordings", raw + "&x=1", Params.parse(raw, null)));
    }
}
