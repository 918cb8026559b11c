package io.github.bbbjakarta.simulator;

import java.util.Objects;

/**
 * One decoded request parameter (name and value) as the simulator received it.
 * Immutable and thread-safe.
 *
 * @param name  decoded parameter name
 * @param value decoded value ("" for {@code name=} or a bare {@code name})
 */
public record Parameter(String name, String value) {
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
