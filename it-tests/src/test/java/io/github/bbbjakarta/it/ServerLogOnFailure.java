package io.github.bbbjakarta.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.nio.file.Path;

/**
 * Says where WildFly's log is when a test fails. The managed server does not print to the build's console
 * (arquillian.xml: {@code outputToConsole=false}), so a green build shows no server chatter and no expected
 * errors; a red one points here.
 */
final class ServerLogOnFailure implements TestWatcher {
    /** The server log of the WildFly the tests run in. */
    static Path serverLog() {
        return Path.of(System.getProperty("jboss.home", "target/wildfly"), "standalone", "log", "server.log")
                .toAbsolutePath();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        System.err.println("[it-tests] " + context.getDisplayName() + " failed; WildFly's log: " + serverLog());
    }
}
