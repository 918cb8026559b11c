package io.github.bbbjakarta.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.nio.file.Path;

/**
 * Says where the server's log is when a test fails. The managed server does not print to the build's console
 * (arquillian.xml: {@code outputToConsole=false}), so a green build shows no server chatter and no expected
 * errors; a red one points here. WildFly has one log; Payara Micro one per deployment, in one folder.
 */
final class ServerLogOnFailure implements TestWatcher {
    /** The log of the WildFly server, or the folder of Payara Micro's logs. */
    static Path serverLog() {
        ItContainer container = ItContainer.current();
        return container == ItContainer.WILDFLY ? container.log("") : ItContainer.logDirectory().toAbsolutePath();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        System.err.println("[it-tests] " + context.getDisplayName() + " failed on " + ItContainer.current()
                + "; its log: " + serverLog());
    }
}
