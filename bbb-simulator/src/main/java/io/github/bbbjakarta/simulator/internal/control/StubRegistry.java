package io.github.bbbjakarta.simulator.internal.control;

import io.github.bbbjakarta.simulator.Stub;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Installed stubs by call name. Thread-safe. */
public final class StubRegistry {
    private final Map<String, Stub> stubs = new LinkedHashMap<>();

    public synchronized void put(String callName, Stub stub) {
        stubs.put(Objects.requireNonNull(callName, "callName"), Objects.requireNonNull(stub, "stub"));
    }

    public synchronized void remove(String callName) {
        stubs.remove(callName);
    }

    public synchronized Stub get(String callName) {
        return stubs.get(callName);
    }

    public synchronized Map<String, Stub> all() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(stubs));
    }

    public synchronized void clear() {
        stubs.clear();
    }
}
