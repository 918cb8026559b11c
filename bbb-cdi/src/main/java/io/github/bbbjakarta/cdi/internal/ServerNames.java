package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.cdi.BbbConfigurationException;
import io.github.bbbjakarta.cdi.BbbServer;
import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named servers of the configuration and the tenants assigned to them. A server is named by
 * {@code bbb.servers=<name>,<name>…} (needed when its properties come from environment variables, which a
 * configuration cannot list) or by any property {@code bbb.servers.<name>.<key>} of a file or system property.
 * Keys other than the known ones are problems (a misspelt {@code .secert} would otherwise go unnoticed).
 *
 * @param names   the names, sorted
 * @param tenants tenant → server name, from {@code bbb.servers.<name>.tenants}
 */
public record ServerNames(Set<String> names, Map<String, String> tenants) {
    /** {@code bbb.servers}: the names, comma-separated. */
    public static final String SERVERS = "bbb.servers";
    /** A server's tenants, comma-separated: {@code bbb.servers.<name>.tenants}. */
    public static final String TENANTS_KEY = "tenants";
    /** Lower-case letters, digits, {@code -} and {@code _}: the same in a file and in an environment variable. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
    private static final Pattern SERVER_PROPERTY = Pattern.compile(Pattern.quote(BbbSettings.SERVERS_PREFIX)
            + "([^.]+)\\.(.+)");
    private static final Set<String> KEYS = Set.of(key(BbbSettings.URL), key(BbbSettings.SECRET),
            key(BbbSettings.CHECKSUM), key(BbbSettings.HOOKS_CHECKSUM), key(BbbSettings.CONNECT_TIMEOUT),
            key(BbbSettings.READ_TIMEOUT), key(BbbSettings.CALL_TIMEOUT), key(BbbSettings.SCALELITE), TENANTS_KEY);

    public ServerNames {
        names = Set.copyOf(new TreeSet<>(names));
        tenants = Map.copyOf(tenants);
    }

    /** The names, or the problems that prevent them (all of them). */
    public record Result(ServerNames servers, List<BbbConfigurationException> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** Reads the names and tenants; unknown keys, bad names and a tenant on two servers are problems. */
    public static Result read(Config config) {
        List<BbbConfigurationException> problems = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        String listed = ConfigValues.optional(config, SERVERS, problems, false);
        if (listed != null) {
            Arrays.stream(listed.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                    .forEach(n -> addName(n, SERVERS, names, problems));
        }
        for (String property : config.getPropertyNames()) {
            Matcher m = SERVER_PROPERTY.matcher(property);
            if (m.matches()) {
                if (!KEYS.contains(m.group(2))) {
                    problems.add(BbbConfigurationException.invalid(property, "is not a server setting; known: "
                            + String.join(", ", new TreeSet<>(KEYS))));
                }
                addName(m.group(1), property, names, problems);
            }
        }
        Map<String, String> tenants = new LinkedHashMap<>();
        for (String name : names) {
            String property = BbbSettings.SERVERS_PREFIX + name + "." + TENANTS_KEY;
            String list = ConfigValues.optional(config, property, problems, false);
            if (list == null) {
                continue;
            }
            for (String tenant : list.split(",")) {
                String t = tenant.strip();
                String other = t.isEmpty() ? null : tenants.putIfAbsent(t, name);
                if (other != null) {
                    problems.add(BbbConfigurationException.invalid(property, "tenant " + t
                            + " is also assigned to server " + other));
                }
            }
        }
        return new Result(new ServerNames(names, tenants), problems);
    }

    private static void addName(String name, String property, Set<String> names,
                                List<BbbConfigurationException> problems) {
        if (BbbServer.DEFAULT.equals(name)) {
            problems.add(BbbConfigurationException.invalid(property, "the server name " + BbbServer.DEFAULT
                    + " is reserved for the server of " + BbbSettings.URL));
        } else if (!NAME.matcher(name).matches()) {
            problems.add(BbbConfigurationException.invalid(property, "a server name is 1 to 63 lower-case letters,"
                    + " digits, - and _, starting with a letter or digit"));
        } else {
            names.add(name);
        }
    }

    private static String key(String defaultProperty) {
        return defaultProperty.substring("bbb.".length());
    }
}
