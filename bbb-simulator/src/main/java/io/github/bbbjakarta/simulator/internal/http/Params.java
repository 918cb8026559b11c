package io.github.bbbjakarta.simulator.internal.http;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decoded request parameters as a servlet container builds them ({@code getParameterMap()}): query
 * parameters first, then those of an {@code application/x-www-form-urlencoded} body, each name with all its
 * values in order. Also bbb-web's {@code ParamsUtil.sanitizeString}. Immutable.
 */
public final class Params {
    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parses the raw query and, when given, a form body. Undecodable pairs are skipped like Tomcat does. */
    public static Params parse(String rawQuery, String formBody) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        addPairs(m, rawQuery, StandardCharsets.UTF_8);
        addPairs(m, formBody, StandardCharsets.UTF_8);
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Params(frozen);
    }

    private static void addPairs(Map<String, List<String>> m, String encoded, Charset cs) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            if (rawName.isEmpty()) {
                continue;
            }
            String name;
            String value;
            try {
                name = URLDecoder.decode(rawName, cs);
                value = URLDecoder.decode(rawValue, cs);
            } catch (IllegalArgumentException e) {
                continue;
            }
            m.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    /**
     * The parameter map bbb-web's validators see ({@code ValidationService.sanitizeParams}): names and values
     * sanitized; when two names sanitize to the same name the later one wins.
     */
    public Params sanitized() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            List<String> sv = new ArrayList<>();
            for (String x : v) {
                sv.add(sanitize(x));
            }
            m.put(sanitize(k), List.copyOf(sv));
        });
        return new Params(m);
    }

    /** bbb-web {@code ParamsUtil.sanitizeString}: null becomes "", control characters removed, trimmed. */
    public static String sanitize(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("\\p{Cc}", "").trim();
    }

    /** The first decoded value, or {@code null} when the parameter is absent (Grails {@code params.x}). */
    public String first(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** All decoded values of a parameter (empty when absent). */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * The sanitized first value the 3.0 validators see ({@code ValidationService.sanitizeParams}), or
     * {@code null} when absent.
     */
    public String sanitizedFirst(String name) {
        String v = first(name);
        return v == null ? null : sanitize(v);
    }

    /** Names and values in arrival order. */
    public Map<String, List<String>> asMap() {
        return values;
    }

    /** First value of each name in arrival order, as Grails {@code params} exposes them to the processors. */
    public Map<String, String> firstValues() {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, v.isEmpty() ? "" : v.get(0)));
        return m;
    }

    /** Whether a value counts as empty for Commons {@code StringUtils.isEmpty}. */
    public static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
