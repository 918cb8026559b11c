package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Wire.Recordings;
import io.github.bbbjakarta.api.internal.recordings.RecordIds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code putRecordingTextTrack} call (reference §2.10): one subtitles or captions file (WebVTT, SRT, … — BBB
 * converts it) for a recording, sent as a {@code multipart/form-data} upload. BBB processes it in the background:
 * the track appears in {@link io.github.bbbjakarta.api.Recordings#getRecordingTextTracks(String)} once
 * processed. Immutable and thread-safe; build with {@link #builder(String, TextTrackKind, String)}.
 *
 * <p>The file is checked before sending: not empty (bbb-web refuses it with {@code empty_uploaded_text_track}) and
 * at most {@link Builder#maxFileSize(int) maxFileSize} bytes, by default {@value #DEFAULT_MAX_FILE_SIZE} (2 MiB), the
 * POST body limit of a default BBB install (nginx); raise it for a server configured for more.
 */
public final class PutTextTrackRequest {
    /** The default largest file, in bytes: 2 MiB, the POST body limit of a default BBB install. */
    public static final int DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
    /** The largest {@link Builder#maxFileSize(int) maxFileSize} accepted, in bytes (the file is held in memory). */
    public static final int MAX_FILE_SIZE_LIMIT = 256 * 1024 * 1024;

    /** What bbb-web's {@code LocaleUtils.toLocale} (commons-lang 2) accepts, less variants; '-' is also taken. */
    private static final Pattern LANG = Pattern.compile("([A-Za-z]{2})(?:[_-]([A-Za-z]{2}))?");
    private static final String FILE = "file";

    private final String recordID;
    private final TextTrackKind kind;
    private final String lang;
    private final String label;
    private final String filename;
    private final byte[] content;

    private PutTextTrackRequest(Builder b, byte[] content) {
        this.recordID = b.recordID;
        this.kind = b.kind;
        this.lang = b.lang;
        this.label = b.label;
        this.filename = b.filename;
        this.content = content;
    }

    /**
     * A track for a recording, in language {@code lang}: {@code en}, {@code pt_BR} or {@code pt-BR} (two
     * letters, optionally {@code _} or {@code -} and a two-letter country, any case). It is sent as bbb-web
     * accepts it ({@code pt_BR}); bbb-web then stores and lists it as a language tag ({@code pt-BR}).
     *
     * @throws BbbParameterException naming {@code recordID}, {@code kind} or {@code lang}
     */
    public static Builder builder(String recordID, TextTrackKind kind, String lang) {
        return new Builder(RecordIds.check(recordID).get(0), kind, lang(lang));
    }

    /**
     * {@link #builder(String, TextTrackKind, String)} with the language of a {@link Locale}, e.g. the user's.
     *
     * @throws BbbParameterException naming {@code lang} for a locale bbb-web cannot take: one without a
     *                               two-letter language, or with a script, a variant or a numeric region
     */
    public static Builder builder(String recordID, TextTrackKind kind, Locale lang) {
        if (lang == null) {
            throw new BbbParameterException(Recordings.LANG, "is required");
        }
        if (!lang.getScript().isEmpty() || !lang.getVariant().isEmpty() || lang.hasExtensions()) {
            throw new BbbParameterException(Recordings.LANG, "must be a language and at most a country, without"
                    + " script, variant or extensions (was '" + lang.toLanguageTag() + "')");
        }
        return builder(recordID, kind, lang.getCountry().isEmpty() ? lang.getLanguage()
                : lang.getLanguage() + "_" + lang.getCountry());
    }

    private static String lang(String value) {
        if (value == null || value.isEmpty()) {
            throw new BbbParameterException(Recordings.LANG, "is required");
        }
        Matcher m = LANG.matcher(value);
        if (!m.matches()) {
            String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
            throw new BbbParameterException(Recordings.LANG, "must be a two-letter language, optionally with '_' and"
                    + " a two-letter country, like en or pt_BR (was '" + shown.replaceAll("\\p{Cntrl}", "?") + "')");
        }
        String language = m.group(1).toLowerCase(Locale.ROOT);
        return m.group(2) == null ? language : language + "_" + m.group(2).toUpperCase(Locale.ROOT);
    }

    /** The recording. */
    public String recordID() {
        return recordID;
    }

    /** Subtitles or captions. */
    public TextTrackKind kind() {
        return kind;
    }

    /** The language as sent, e.g. {@code en} or {@code pt_BR}. */
    public String lang() {
        return lang;
    }

    /** The label, if set; otherwise bbb-web uses the language's English name. */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /** The file name sent with the file. */
    public String filename() {
        return filename;
    }

    /** The file's size in bytes. */
    public int fileSize() {
        return content.length;
    }

    /** The file's content type, from its name: {@code text/vtt}, {@code application/x-subrip} or octet-stream. */
    public String fileContentType() {
        String name = filename.toLowerCase(Locale.ROOT);
        return name.endsWith(".vtt") ? "text/vtt" : name.endsWith(".srt") ? "application/x-subrip"
                : "application/octet-stream";
    }

    /** The file's bytes (a copy). */
    public byte[] file() {
        return content.clone();
    }

    byte[] content() {
        return content;
    }

    /** The signed query: recordID, kind, lang and, if set, label. */
    List<Map.Entry<String, String>> parameters() {
        List<Map.Entry<String, String>> p = new ArrayList<>();
        p.add(Map.entry(Recordings.RECORD_ID, recordID));
        p.add(Map.entry(Recordings.KIND, kind.wireName()));
        p.add(Map.entry(Recordings.LANG, lang));
        if (label != null) {
            p.add(Map.entry(Recordings.LABEL, label));
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PutTextTrackRequest r && recordID.equals(r.recordID) && kind == r.kind
                && lang.equals(r.lang) && Objects.equals(label, r.label) && filename.equals(r.filename)
                && Arrays.equals(content, r.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordID, kind, lang, label, filename, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "PutTextTrackRequest[recordID=" + recordID + ", kind=" + kind.wireName() + ", lang=" + lang
                + ", label=" + label + ", file=" + filename + " (" + content.length + " bytes)]";
    }

    /** Builds a {@link PutTextTrackRequest}; setters validate at once, naming the parameter. Not thread-safe. */
    public static final class Builder {
        private final String recordID;
        private final TextTrackKind kind;
        private final String lang;
        private String label;
        private String filename;
        private byte[] bytes;
        private Path path;
        private int maxFileSize = DEFAULT_MAX_FILE_SIZE;

        private Builder(String recordID, TextTrackKind kind, String lang) {
            if (kind == null) {
                throw new BbbParameterException(Recordings.KIND, "is required (SUBTITLES or CAPTIONS)");
            }
            this.recordID = recordID;
            this.kind = kind;
            this.lang = lang;
        }

        /**
         * The label viewers see, e.g. {@code Português (Brasil)}; {@code null} lets bbb-web name the language.
         *
         * @throws BbbParameterException naming {@code label} if it is blank or has control characters
         */
        public Builder label(String value) {
            if (value != null && (value.isBlank() || value.chars().anyMatch(Character::isISOControl))) {
                throw new BbbParameterException(Recordings.LABEL, "must not be blank or hold control characters");
            }
            this.label = value;
            return this;
        }

        /**
         * The file, e.g. from an LMS upload form: its name (sent to bbb-web, which keeps it) and its bytes
         * (copied).
         *
         * @throws BbbParameterException naming {@code file} for a blank name or a null content
         */
        public Builder file(String filename, byte[] content) {
            checkName(filename);
            if (content == null) {
                throw new BbbParameterException(FILE, "content is required");
            }
            this.filename = filename;
            this.bytes = content.clone();
            this.path = null;
            return this;
        }

        /** The file at {@code path}, read by {@link #build()} (its size is checked before reading). */
        public Builder file(Path path) {
            if (path == null || path.getFileName() == null) {
                throw new BbbParameterException(FILE, "a file path is required");
            }
            checkName(path.getFileName().toString());
            this.filename = path.getFileName().toString();
            this.path = path;
            this.bytes = null;
            return this;
        }

        /**
         * The largest file accepted, in bytes (default {@value #DEFAULT_MAX_FILE_SIZE}): for a server whose nginx
         * {@code client_max_body_size} is larger than the default.
         *
         * @throws BbbParameterException naming {@code maxFileSize} outside 1..{@value #MAX_FILE_SIZE_LIMIT}
         */
        public Builder maxFileSize(int bytes) {
            if (bytes < 1 || bytes > MAX_FILE_SIZE_LIMIT) {
                throw new BbbParameterException("maxFileSize", "must be 1.." + MAX_FILE_SIZE_LIMIT + ", was " + bytes);
            }
            this.maxFileSize = bytes;
            return this;
        }

        /**
         * The request, with the file read (from a path) and checked.
         *
         * @throws BbbParameterException naming {@code file} if none was given, it is empty, larger than
         *                               {@link #maxFileSize(int) maxFileSize}, or cannot be read
         */
        public PutTextTrackRequest build() {
            byte[] content = path != null ? read(path) : bytes;
            if (content == null) {
                throw new BbbParameterException(FILE, "is required");
            }
            if (content.length == 0) {
                throw new BbbParameterException(FILE, "is empty (bbb-web refuses empty text tracks)");
            }
            if (content.length > maxFileSize) {
                throw tooLarge(content.length);
            }
            return new PutTextTrackRequest(this, content);
        }

        private byte[] read(Path file) {
            try {
                long size = Files.size(file);
                if (size > maxFileSize) {
                    throw tooLarge(size);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    // bounded: a file growing after the size check cannot get past the limit
                    return in.readNBytes(maxFileSize + 1);
                }
            } catch (IOException e) {
                throw new BbbParameterException(FILE, "cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        }

        private BbbParameterException tooLarge(long size) {
            return new BbbParameterException(FILE, "has " + size + " bytes, more than maxFileSize (" + maxFileSize
                    + " bytes)");
        }

        private static void checkName(String filename) {
            if (filename == null || filename.isBlank()) {
                throw new BbbParameterException(FILE, "a file name is required");
            }
        }
    }
}
