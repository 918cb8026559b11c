package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Checks;
import io.github.bbbjakarta.api.internal.Wire.Param;
import io.github.bbbjakarta.api.internal.Wire.Recordings;
import io.github.bbbjakarta.api.internal.recordings.RecordIds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filter and page of a {@code getRecordings} call (reference §2.8). Immutable; build with {@link #builder()}.
 * Without any filter BBB lists every published and unpublished recording, unless its
 * {@code allowFetchAllRecordings=false}, when the answer is empty unless a {@code limit} is given.
 */
public final class GetRecordingsRequest {
    /** The largest page BBB serves. */
    public static final int MAX_LIMIT = 100;

    private final List<String> meetingIDs;
    private final List<String> recordIDs;
    private final Set<RecordingState> states;
    private final Map<String, String> meta;
    private final Integer offset;
    private final Integer limit;

    private GetRecordingsRequest(Builder b) {
        this.meetingIDs = List.copyOf(b.meetingIDs);
        this.recordIDs = List.copyOf(b.recordIDs);
        this.states = Set.copyOf(b.states);
        this.meta = Map.copyOf(b.meta);
        this.offset = b.offset;
        this.limit = b.limit;
        if (offset != null && limit == null) {
            throw new BbbParameterException(Recordings.OFFSET, "needs a limit: BBB pages only when limit is sent");
        }
    }

    /** A request for every recording in BBB's default states (published and unpublished). */
    public static Builder builder() {
        return new Builder();
    }

    /** The requested page size, if any. */
    public OptionalInt limit() {
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    /** The requested offset, if any. */
    public OptionalInt offset() {
        return offset == null ? OptionalInt.empty() : OptionalInt.of(offset);
    }

    /** The same request for another page. */
    GetRecordingsRequest page(int pageOffset, int pageLimit) {
        Builder b = new Builder();
        b.meetingIDs.addAll(meetingIDs);
        b.recordIDs.addAll(recordIDs);
        b.states.addAll(states);
        b.meta.putAll(meta);
        return b.offset(pageOffset).limit(pageLimit).build();
    }

    List<Map.Entry<String, String>> parameters() {
        List<Map.Entry<String, String>> p = new ArrayList<>();
        if (!meetingIDs.isEmpty()) {
            p.add(Map.entry(Param.MEETING_ID, String.join(",", meetingIDs)));
        }
        if (!recordIDs.isEmpty()) {
            p.add(Map.entry(Recordings.RECORD_ID, String.join(",", recordIDs)));
        }
        if (!states.isEmpty()) {
            p.add(Map.entry(Recordings.STATE, states.stream().sorted().map(RecordingState::wireName)
                    .collect(Collectors.joining(","))));
        }
        meta.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> p.add(Map.entry(Param.META_PREFIX + e.getKey(), e.getValue())));
        if (offset != null) {
            p.add(Map.entry(Recordings.OFFSET, Integer.toString(offset)));
        }
        if (limit != null) {
            p.add(Map.entry(Recordings.LIMIT, Integer.toString(limit)));
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GetRecordingsRequest r && meetingIDs.equals(r.meetingIDs) && recordIDs.equals(r.recordIDs)
                && states.equals(r.states) && meta.equals(r.meta) && Objects.equals(offset, r.offset)
                && Objects.equals(limit, r.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meetingIDs, recordIDs, states, meta, offset, limit);
    }

    @Override
    public String toString() {
        return "GetRecordingsRequest[meetingIDs=" + meetingIDs + ", recordIDs=" + recordIDs + ", states=" + states
                + ", meta=" + meta + ", offset=" + offset + ", limit=" + limit + "]";
    }

    /** Builds a {@link GetRecordingsRequest}; each setter validates at once, naming the parameter. Not thread-safe. */
    public static final class Builder {
        private final List<String> meetingIDs = new ArrayList<>();
        private final List<String> recordIDs = new ArrayList<>();
        private final Set<RecordingState> states = new LinkedHashSet<>();
        private final Map<String, String> meta = new LinkedHashMap<>();
        private Integer offset;
        private Integer limit;

        private Builder() {
        }

        /**
         * Only the recordings of these meetings (external IDs; added to earlier ones). bbb-web ignores them
         * when record IDs are given too.
         */
        public Builder meetingIDs(String... values) {
            for (String id : Objects.requireNonNull(values, Param.MEETING_ID)) {
                meetingIDs.add(Checks.meetingId(Param.MEETING_ID, id));
            }
            return this;
        }

        /**
         * Only these recordings (added to earlier ones). The server matches each ID as a <em>prefix</em> of the
         * recordings' IDs: {@code "ab12"} lists every recording whose ID starts with {@code ab12}.
         */
        public Builder recordIDs(String... values) {
            recordIDs.addAll(RecordIds.check(values));
            return this;
        }

        /**
         * Only recordings in these states (added to earlier ones); {@link RecordingState#ANY} for all.
         * Without states BBB lists published and unpublished ones.
         */
        public Builder states(RecordingState... values) {
            for (RecordingState s : Objects.requireNonNull(values, Recordings.STATE)) {
                if (s == null || s == RecordingState.UNKNOWN) {
                    throw new BbbParameterException(Recordings.STATE, "must be a known state or ANY");
                }
                states.add(s);
            }
            return this;
        }

        /**
         * Only recordings whose {@code meta_key} equals {@code value}; a {@code %} at its start or end is a
         * wildcard ({@code "Physics%"} matches any value starting with Physics).
         */
        public Builder meta(String key, String value) {
            Checks.metaKey(key);
            if (value == null) {
                throw new BbbParameterException(Param.META_PREFIX + key, "must not be null");
            }
            meta.put(key, value);
            return this;
        }

        /** The index of the first recording of the page (0 or more); needs a {@link #limit}. */
        public Builder offset(int value) {
            this.offset = Checks.nonNegative(Recordings.OFFSET, value);
            return this;
        }

        /** The page size, 1 to {@value GetRecordingsRequest#MAX_LIMIT}; servers before 3.0 ignore it. */
        public Builder limit(int value) {
            if (value < 1 || value > MAX_LIMIT) {
                throw new BbbParameterException(Recordings.LIMIT, "must be 1 to " + MAX_LIMIT + ", was " + value);
            }
            this.limit = value;
            return this;
        }

        /**
         * The request.
         *
         * @throws BbbParameterException naming {@code offset} if an offset is set without a limit
         */
        public GetRecordingsRequest build() {
            return new GetRecordingsRequest(this);
        }
    }
}
