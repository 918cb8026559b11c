package io.github.bbbjakarta.api.internal.recordings;

import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.internal.Checks;
import io.github.bbbjakarta.api.internal.Wire.Recordings;

import java.util.List;
import java.util.Objects;

/** The record-ID rule every recording call shares. */
public final class RecordIds {
    private RecordIds() {
    }

    /**
     * One or more IDs, each non-empty, without ',' (they travel as a comma list), blanks around or control
     * characters.
     *
     * @throws BbbParameterException naming {@code recordID}
     */
    public static List<String> check(String... values) {
        if (values == null || values.length == 0) {
            throw new BbbParameterException(Recordings.RECORD_ID, "needs at least one record ID");
        }
        for (String id : values) {
            Checks.required(Recordings.RECORD_ID, id);
            if (id.indexOf(',') >= 0) {
                throw new BbbParameterException(Recordings.RECORD_ID, "must not contain ','");
            }
            if (!id.equals(id.trim()) || id.chars().anyMatch(Character::isISOControl)) {
                throw new BbbParameterException(Recordings.RECORD_ID,
                        "must not have leading or trailing blanks or control characters");
            }
        }
        return List.of(Objects.requireNonNull(values).clone());
    }
}
