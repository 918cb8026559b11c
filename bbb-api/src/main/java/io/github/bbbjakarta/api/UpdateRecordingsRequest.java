package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Checks;
import io.github.bbbjakarta.api.internal.Wire.Param;
import io.github.bbbjakarta.api.internal.Wire.Recordings;
import io.github.bbbjakarta.api.internal.recordings.RecordIds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@code updateRecordings} call (reference §2.9): metadata to set or remove and the protected flag, for one or
 * more recordings. Immutable; build with {@link #builder(String...)}.
 */
public final class UpdateRecordingsRequest {
    private final List<String> recordIDs;
    private final Map<String, String> meta;
    private final Boolean protect;

    private UpdateRecordingsRequest(Builder b) {
        this.recordIDs = List.copyOf(b.recordIDs);
        this.meta = new LinkedHashMap<>(b.meta);
        this.protect = b.protect;
    }

    /**
     * An update of these recordings (exact IDs).
     *
     * @throws BbbParameterException naming {@code recordID} if none is given or one is empty or has a comma
     */
    public static Builder builder(String... recordIDs) {
        return new Builder(RecordIds.check(recordIDs));
    }

    List<Map.Entry<String, String>> parameters() {
        List<Map.Entry<String, String>> p = new ArrayList<>();
        p.add(Map.entry(Recordings.RECORD_ID, String.join(",", recordIDs)));
        meta.forEach((k, v) -> p.add(Map.entry(Param.META_PREFIX + k, v)));
        if (protect != null) {
            p.add(Map.entry(Recordings.PROTECT, protect.toString()));
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UpdateRecordingsRequest r && recordIDs.equals(r.recordIDs) && meta.equals(r.meta)
                && Objects.equals(protect, r.protect);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordIDs, meta, protect);
    }

    @Override
    public String toString() {
        return "UpdateRecordingsRequest[recordIDs=" + recordIDs + ", meta=" + meta + ", protect=" + protect + "]";
    }

    /** Builds an {@link UpdateRecordingsRequest}; setters validate at once, naming the parameter. Not thread-safe. */
    public static final class Builder {
        private final List<String> recordIDs;
        private final Map<String, String> meta = new LinkedHashMap<>();
        private Boolean protect;

        private Builder(List<String> recordIDs) {
            this.recordIDs = recordIDs;
        }

        /** Sets (or adds) the metadata {@code key} to a non-empty {@code value}. */
        public Builder meta(String key, String value) {
            Checks.metaKey(key);
            if (value == null || value.isEmpty()) {
                throw new BbbParameterException(Param.META_PREFIX + key,
                        "must not be empty (use removeMeta to remove a key)");
            }
            meta.put(key, value);
            return this;
        }

        /** Removes the metadata {@code key} (sent as {@code meta_key=} with an empty value). */
        public Builder removeMeta(String key) {
            meta.put(Checks.metaKey(key), "");
            return this;
        }

        /** Protects the recordings ({@code true}) or lifts the protection (BBB 2.6+). */
        public Builder protect(boolean value) {
            this.protect = value;
            return this;
        }

        public UpdateRecordingsRequest build() {
            return new UpdateRecordingsRequest(this);
        }
    }
}
