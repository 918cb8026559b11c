package io.github.bbbjakarta.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A canned answer or a fault injected for one API call name, for client fault tests. Stubs stay in place until
 * removed or the simulator is reset. Immutable and thread-safe.
 */
public sealed interface Stub permits Stub.Response, Stub.BadGateway, Stub.TruncatedXml, Stub.Delay,
        Stub.DropConnection {

    /** A short name of the stub kind, as used in the journal and the admin JSON. */
    String kind();

    /** Answers with exactly this status, content type and body; the call is not processed. */
    static Stub response(int status, String contentType, String body) {
        return new Response(status, contentType, body);
    }

    /** Answers HTTP 502 with nginx's "502 Bad Gateway" HTML page; the call is not processed. */
    static Stub badGateway() {
        return new BadGateway();
    }

    /** Processes the call, then answers HTTP 200 with its XML cut off in the middle of an element. */
    static Stub truncatedXml() {
        return new TruncatedXml();
    }

    /** Processes the call, then sends the answer only after the delay. */
    static Stub delay(Duration delay) {
        return new Delay(delay);
    }

    /** Accepts the request and closes the connection without answering; the call is not processed. */
    static Stub dropConnection() {
        return new DropConnection();
    }

    /**
     * A canned raw answer.
     *
     * @param status      HTTP status
     * @param contentType Content-Type header value
     * @param body        body text (sent as UTF-8)
     */
    record Response(int status, String contentType, String body) implements Stub {
        public Response {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("HTTP status out of range: " + status);
            }
        }

        @Override
        public String kind() {
            return "response";
        }
    }

    /** nginx 502 Bad Gateway. */
    record BadGateway() implements Stub {
        @Override
        public String kind() {
            return "badGateway";
        }
    }

    /** Valid answer cut off mid-element. */
    record TruncatedXml() implements Stub {
        @Override
        public String kind() {
            return "truncatedXml";
        }
    }

    /**
     * Late answer.
     *
     * @param delay time to wait before answering
     */
    record Delay(Duration delay) implements Stub {
        public Delay {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("Negative delay");
            }
        }

        @Override
        public String kind() {
            return "delay";
        }
    }

    /** Connection closed without an answer. */
    record DropConnection() implements Stub {
        @Override
        public String kind() {
            return "dropConnection";
        }
    }
}
