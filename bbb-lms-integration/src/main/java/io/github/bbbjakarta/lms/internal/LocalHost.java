package io.github.bbbjakarta.lms.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The local host name, looked up once on first use ({@code localhost} if the lookup fails). */
final class LocalHost {
    private LocalHost() {
    }

    static String name() {
        return Holder.NAME;
    }

    private static final class Holder {
        static final String NAME = lookup();

        private static String lookup() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException | SecurityException e) {
                return "localhost";
            }
        }
    }
}
