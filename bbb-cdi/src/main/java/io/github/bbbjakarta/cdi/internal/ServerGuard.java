package io.github.bbbjakarta.cdi.internal;

import java.util.function.Supplier;

/**
 * How a {@link io.github.bbbjakarta.cdi.MeetingService} guards its calls to the server. The default server's service
 * is guarded by its own Fault Tolerance annotations and uses {@link #DIRECT}; a named server's uses
 * {@link NamedServerGuard}.
 */
public interface ServerGuard {
    /** Runs the call as it is: the caller is guarded already. */
    ServerGuard DIRECT = new ServerGuard() {
        @Override
        public <T> T read(Supplier<T> call) {
            return call.get();
        }

        @Override
        public <T> T once(Supplier<T> call) {
            return call.get();
        }
    };

    /** A call safe to repeat: a read, or a create with identical parameters. */
    <T> T read(Supplier<T> call);

    /** A call never repeated: join, end. */
    <T> T once(Supplier<T> call);
}
