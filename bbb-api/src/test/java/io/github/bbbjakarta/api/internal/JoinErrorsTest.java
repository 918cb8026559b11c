package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.BreakoutGroup;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.meetings.JoinMeetingMapper;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** join's error redirect JSON (read) and create's groups JSON (written), through Jakarta JSON-P. */
class JoinErrorsTest {

    private static RuntimeException joinRedirect(String errorsValue) {
        return assertThrows(RuntimeException.class, () -> JoinMeetingMapper.join("join",
                new Answer(302, "https://lms.example.org/logout?errors=" + errorsValue, new byte[0])));
    }

    @Test
    void aShortUnicodeEscapeAtTheEndIsATransportError() {
        // was a StringIndexOutOfBoundsException in the hand-written reader
        for (String cut : List.of("%5B%7B%22key%22:%22a%5Cu", "%5B%7B%22key%22:%22a%5Cu12", "%5B%7B%22key%22:%22%5Cu12%22%7D%5D")) {
            RuntimeException e = joinRedirect(cut);
            assertTrue(e instanceof BbbTransportException, e.toString());
            assertTrue(e.getMessage().contains("unreadable errors in the join redirect"), e.getMessage());
        }
    }

    @Test
    void brokenPercentEncodingIsATransportError() {
        // was a NumberFormatException ("%ZZ") or silently dropped ("%" near the end)
        for (String value : List.of("%", "%5", "%5B%7B%22key%22:%22a%22%7D%5D%", "%ZZ", "%5B%C3%28%5D")) {
            RuntimeException e = joinRedirect(value);
            assertTrue(e instanceof BbbTransportException, value + ": " + e);
        }
    }

    @Test
    void otherMembersOrderAndEscapesAreRead() {
        RuntimeException e = joinRedirect("%5B%7B%22extra%22:%7B%22a%22:%5B1,2%5D%7D,%22message%22:%22caf%5Cu00e9%20%5C%22x%5C%22%22,"
                + "%22key%22:%22maxParticipantsReached%22%7D%5D");
        BbbApiException api = (BbbApiException) e;
        assertEquals("maxParticipantsReached", api.messageKey());
        assertEquals("café \"x\"", api.serverMessage());
    }

    @Test
    void limitsOnSizeAndNesting() {
        assertTrue(joinRedirect("%5B" + "%5B".repeat(20_000)) instanceof BbbTransportException);
        assertTrue(joinRedirect("%5B%7B%22x%22:" + "%5B".repeat(50) + "%5D".repeat(50) + "%7D%5D")
                instanceof BbbTransportException);
        RuntimeException ok = joinRedirect("%5B%7B%22x%22:%5B%5B1%5D%5D,%22key%22:%22k%22%7D%5D");
        assertEquals("k", ((BbbApiException) ok).messageKey());
    }

    @Test
    void groupsAreWrittenByJsonP() {
        String json = Json.groups(List.of(BreakoutGroup.of("1", "Room \"A\" \\ é\n", List.of("u1", "u\u00002")),
                new BreakoutGroup("2", null, List.of())));
        JsonArray read = Json.provider().createReader(new StringReader(json)).readArray();
        JsonObject first = read.getJsonObject(0);
        assertEquals("1", first.getString("id"));
        assertEquals("Room \"A\" \\ é\n", first.getString("name"));
        assertEquals(List.of("u1", "u\u00002"), first.getJsonArray("roster").getValuesAs(jakarta.json.JsonString::getString));
        assertFalse(read.getJsonObject(1).containsKey("name"));
        assertEquals("[{\"id\":\"2\",\"roster\":[]}]", Json.groups(List.of(new BreakoutGroup("2", null, List.of()))));
    }
}
