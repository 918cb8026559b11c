package io.github.bbbjakarta.api.internal.recordings;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.TextTrack;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.Json;
import io.github.bbbjakarta.api.internal.Wire.JsonName;
import io.github.bbbjakarta.api.internal.Wire.Key;
import io.github.bbbjakarta.api.internal.xml.Answers;
import io.github.bbbjakarta.api.internal.xml.ResponseXml;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text-track calls' answers (reference §2.10). bbb-web answers them in JSON
 * ({@code {"response":{"returncode":…,"messageKey":…,"message":…,"tracks":[…]}}}), but some of their errors
 * (checksumError, missingParamRecordID) in its XML error shape, so both are read, whatever the Content-Type.
 * JSON is read as a stream with limits on nesting and track count; members this client does not know are
 * skipped, known ones of the wrong type make the answer unreadable. Every failure is a {@link BbbException}.
 */
public final class TextTrackMapper {
    /** Deepest nesting read, counting the outer object as 1 (a track is at depth 4). */
    static final int MAX_DEPTH = 16;
    /** Most tracks read from one answer. */
    static final int MAX_TRACKS = 10_000;

    private TextTrackMapper() {
    }

    /** getRecordingTextTracks' answer: the tracks, in the server's order. */
    public static List<TextTrack> tracks(String call, Answer answer) {
        Response r = read(call, answer);
        if (r.tracks == null) {
            throw incomplete(call, answer, "\"" + JsonName.TRACKS + "\" is missing");
        }
        return List.copyOf(r.tracks);
    }

    /** putRecordingTextTrack's answer: a success ({@code upload_text_track_success}) or an exception. */
    public static Void uploaded(String call, Answer answer) {
        read(call, answer);
        return null;
    }

    /** The answer's {@code response}, checked for HTTP 200 and {@code SUCCESS}. */
    private static Response read(String call, Answer answer) {
        if (answer.status() != Answers.HTTP_OK) {
            throw new BbbTransportException(call, answer.describeStatus() + " instead of a BBB answer"
                    + Answers.snippet(answer.body()), answer.status(), null);
        }
        String text = utf8(call, answer);
        int start = 0;
        while (start < text.length()
                && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
            start++;
        }
        if (start == text.length()) {
            throw unreadable(call, answer, "the body is empty", null);
        }
        if (text.charAt(start) == '<') {
            // bbb-web's XML error shape: FAILED becomes a BbbApiException; SUCCESS in XML is not this call's answer
            Answers.success(call, answer, ResponseXml.class);
            throw unreadable(call, answer, "an XML success where bbb-web answers JSON", null);
        }
        Response r;
        try (JsonParser parser = Json.parser(text.substring(start))) {
            r = new Reader(call, answer, parser).answer();
        } catch (BbbException e) {
            throw e;
        } catch (RuntimeException e) {
            // JsonParsingException and the like, caught by a JDK type so that this class loads without JSON-P
            throw unreadable(call, answer, "not well-formed JSON", e);
        }
        if (r.returncode == null) {
            throw incomplete(call, answer, "\"" + JsonName.RETURNCODE + "\" is missing");
        }
        if (!Key.RETURNCODE_SUCCESS.equals(r.returncode.trim())) {
            throw new BbbApiException(call, r.messageKey == null ? "" : r.messageKey.trim(),
                    r.message == null ? "" : r.message.trim());
        }
        return r;
    }

    private static String utf8(String call, Answer answer) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(answer.body())).toString();
        } catch (CharacterCodingException e) {
            throw unreadable(call, answer, "not UTF-8", e);
        }
    }

    private static BbbTransportException unreadable(String call, Answer answer, String why, Throwable cause) {
        return new BbbTransportException(call, "not a BBB answer: " + why + Answers.snippet(answer.body()),
                answer.status(), cause);
    }

    private static BbbTransportException incomplete(String call, Answer answer, String why) {
        return new BbbTransportException(call, "incomplete BBB answer: " + why + Answers.snippet(answer.body()),
                answer.status(), null);
    }

    /** The members of {@code response} this client reads. */
    private static final class Response {
        String returncode;
        String messageKey;
        String message;
        List<TextTrack> tracks;
    }

    /** A pass over the parser's events, counting depth. */
    private static final class Reader {
        private final String call;
        private final Answer answer;
        private final JsonParser p;
        private int depth;

        Reader(String call, Answer answer, JsonParser p) {
            this.call = call;
            this.answer = answer;
            this.p = p;
        }

        Response answer() {
            if (next() != Event.START_OBJECT) {
                throw bad("not a JSON object");
            }
            Response response = null;
            for (Event e = next(); e != Event.END_OBJECT; e = next()) {
                String name = p.getString();
                Event value = next();
                if (JsonName.RESPONSE.equals(name)) {
                    if (response != null) {
                        throw bad("two \"" + name + "\" members");
                    }
                    if (value != Event.START_OBJECT) {
                        throw bad("\"" + name + "\" is not an object");
                    }
                    response = response();
                } else {
                    skip(value);
                }
            }
            if (p.hasNext()) {
                throw bad("text after the JSON object");
            }
            if (response == null) {
                throw bad("no \"" + JsonName.RESPONSE + "\" object");
            }
            return response;
        }

        /** The parser is just inside {@code response}. */
        private Response response() {
            Response r = new Response();
            boolean[] seen = new boolean[4];
            for (Event e = next(); e != Event.END_OBJECT; e = next()) {
                String name = p.getString();
                Event value = next();
                switch (name) {
                    case JsonName.RETURNCODE -> r.returncode = string(name, value, seen, 0);
                    case JsonName.MESSAGE_KEY -> r.messageKey = string(name, value, seen, 1);
                    case JsonName.MESSAGE -> r.message = string(name, value, seen, 2);
                    case JsonName.TRACKS -> {
                        once(name, seen, 3);
                        if (value == Event.START_ARRAY) {
                            r.tracks = tracks();
                        } else if (value != Event.VALUE_NULL) {
                            throw bad("\"" + name + "\" is not an array");
                        }
                    }
                    default -> skip(value);
                }
            }
            return r;
        }

        /** The parser is just inside {@code tracks}. */
        private List<TextTrack> tracks() {
            List<TextTrack> out = new ArrayList<>();
            for (Event e = next(); e != Event.END_ARRAY; e = next()) {
                if (e != Event.START_OBJECT) {
                    throw bad("a track is not an object");
                }
                if (out.size() == MAX_TRACKS) {
                    throw bad("more than " + MAX_TRACKS + " tracks");
                }
                out.add(track(out.size()));
            }
            return out;
        }

        /** The parser is just inside a track. */
        private TextTrack track(int index) {
            String href = null;
            String kind = null;
            String label = null;
            String lang = null;
            String source = null;
            boolean[] seen = new boolean[5];
            for (Event e = next(); e != Event.END_OBJECT; e = next()) {
                String name = p.getString();
                Event value = next();
                switch (name) {
                    case JsonName.HREF -> href = string(name, value, seen, 0);
                    case JsonName.KIND -> kind = string(name, value, seen, 1);
                    case JsonName.LABEL -> label = string(name, value, seen, 2);
                    case JsonName.LANG -> lang = string(name, value, seen, 3);
                    case JsonName.SOURCE -> source = string(name, value, seen, 4);
                    default -> skip(value);
                }
            }
            String where = "track " + (index + 1) + ": ";
            if (href == null || href.isBlank()) {
                throw incomplete(call, answer, where + "\"" + JsonName.HREF + "\" is missing");
            }
            if (kind == null || kind.isBlank()) {
                throw incomplete(call, answer, where + "\"" + JsonName.KIND + "\" is missing");
            }
            if (lang == null || lang.isBlank()) {
                throw incomplete(call, answer, where + "\"" + JsonName.LANG + "\" is missing");
            }
            URI uri;
            try {
                uri = new URI(href.trim());
            } catch (URISyntaxException e) {
                throw bad(where + "\"" + JsonName.HREF + "\" is not a URI");
            }
            return TextTrack.of(uri, kind.trim(), label, lang.trim(), source);
        }

        private String string(String name, Event value, boolean[] seen, int slot) {
            once(name, seen, slot);
            if (value == Event.VALUE_STRING) {
                return p.getString();
            }
            if (value == Event.VALUE_NULL) {
                return null;
            }
            throw bad("\"" + name + "\" is not a string");
        }

        private void once(String name, boolean[] seen, int slot) {
            if (seen[slot]) {
                throw bad("two \"" + name + "\" members");
            }
            seen[slot] = true;
        }

        /** Skips the value that starts with {@code first} (already read). */
        private void skip(Event first) {
            if (first != Event.START_OBJECT && first != Event.START_ARRAY) {
                return;
            }
            int until = depth - 1;
            while (depth > until) {
                next();
            }
        }

        private Event next() {
            if (!p.hasNext()) {
                throw bad("unexpected end of JSON");
            }
            Event e = p.next();
            if (e == Event.START_OBJECT || e == Event.START_ARRAY) {
                if (++depth > MAX_DEPTH) {
                    throw bad("nested deeper than " + MAX_DEPTH);
                }
            } else if (e == Event.END_OBJECT || e == Event.END_ARRAY) {
                depth--;
            }
            return e;
        }

        private BbbTransportException bad(String why) {
            return unreadable(call, answer, why, null);
        }
    }
}
