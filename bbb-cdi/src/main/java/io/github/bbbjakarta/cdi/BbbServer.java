package io.github.bbbjakarta.cdi;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

/**
 * Injects the {@link MeetingService} or {@link io.github.bbbjakarta.api.BigBlueButtonClient} of a named server,
 * configured by {@code bbb.servers.<name>.url}, {@code .secret} and so on (see {@link BbbServers}):
 * <pre>{@code
 * @Inject @BbbServer("east") MeetingService eastMeetings;
 * }</pre>
 * A name that is not configured fails the deployment. {@code @BbbServer(BbbServer.DEFAULT)} is the server of
 * {@code bbb.url}, the same as no qualifier.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface BbbServer {
    /** The name of the default server, the one of {@code bbb.url}. Not usable as a {@code bbb.servers} name. */
    String DEFAULT = "default";

    /** The server's name, as in {@code bbb.servers.<name>.url}. */
    @Nonbinding
    String value();

    /** An instance of the qualifier, for {@code Instance.select(...)}. */
    final class Literal extends AnnotationLiteral<BbbServer> implements BbbServer {
        private static final long serialVersionUID = 1L;

        private final String value;

        private Literal(String value) {
            this.value = Objects.requireNonNull(value, "value");
        }

        /** The qualifier for the server of this name. */
        public static Literal of(String server) {
            return new Literal(server);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
