package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbUnsupportedCallException;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * What a Scalelite load balancer proxies, in one place: the allow-list behind the client's {@code scalelite(true)}
 * setting, and the transport that refuses every other call before anything is sent. Internal.
 *
 * <p>Source: Scalelite's {@code config/routes.rb} (blindsidenetworks/scalelite, master). Its
 * {@code bigbluebutton/api} scope routes only the API root, {@code isMeetingRunning}, {@code getMeetingInfo},
 * {@code getMeetings}, {@code create}, {@code end}, {@code join}, {@code insertDocument} (POST),
 * {@code getRecordings}, {@code publishRecordings}, {@code updateRecordings} and {@code deleteRecordings};
 * {@code match '*any' => 'errors#unsupported_request'} answers everything else with {@code FAILED} /
 * {@code unsupportedRequest} (the bbb-webhooks calls, the text-track calls, {@code sendChatMessage}). An allow-list,
 * so a call this library adds later is refused until it is added here.
 */
public final class Scalelite {
    /** The calls Scalelite proxies, in the order the refusal message names them. */
    private static final List<String> PROXIED_IN_ORDER = List.of(
            Wire.Call.CREATE, Wire.Call.JOIN, Wire.Call.END, Wire.Call.IS_MEETING_RUNNING,
            Wire.Call.GET_MEETING_INFO, Wire.Call.GET_MEETINGS, Wire.Call.INSERT_DOCUMENT,
            Wire.Recordings.GET_RECORDINGS, Wire.Recordings.PUBLISH_RECORDINGS,
            Wire.Recordings.UPDATE_RECORDINGS, Wire.Recordings.DELETE_RECORDINGS);

    /** Every call name Scalelite proxies: the API root ({@link Wire.Call#API_VERSION}) and the list above. */
    public static final Set<String> PROXIED_CALLS;

    static {
        Set<String> all = new HashSet<>(PROXIED_IN_ORDER);
        all.add(Wire.Call.API_VERSION);
        PROXIED_CALLS = Set.copyOf(all);
    }

    /** Why a call is refused: names what Scalelite proxies and what to do instead. */
    static final String NOT_PROXIED = "not available behind Scalelite (it proxies only the API root, "
            + String.join(", ", PROXIED_IN_ORDER.subList(0, PROXIED_IN_ORDER.size() - 1))
            + " and " + PROXIED_IN_ORDER.get(PROXIED_IN_ORDER.size() - 1)
            + "); call a BigBlueButton server directly";

    private Scalelite() {
    }

    /** Whether Scalelite proxies this call name. */
    public static boolean proxies(String call) {
        return PROXIED_CALLS.contains(call);
    }

    /**
     * Throws for a call Scalelite does not proxy.
     *
     * @throws BbbUnsupportedCallException naming the call; the message holds no URL, so no credential
     */
    public static void requireProxied(String call) {
        if (!proxies(call)) {
            throw new BbbUnsupportedCallException(call, NOT_PROXIED);
        }
    }

    /**
     * {@code transport}, refusing every call Scalelite does not proxy with a {@link BbbUnsupportedCallException}
     * before anything is sent: thrown by {@code send} and by {@code sendAsync} alike (no stage is returned), as the
     * parameter checks are. Closing it closes {@code transport}.
     */
    public static HttpTransport gate(HttpTransport transport) {
        return new Gate(transport);
    }

    /** The decorator {@link #gate(HttpTransport)} returns. */
    private static final class Gate extends HttpTransport {
        private final HttpTransport transport;

        Gate(HttpTransport transport) {
            this.transport = transport;
        }

        @Override
        public Answer send(String call, URI url, String accept, RequestBody body) {
            requireProxied(call);
            return transport.send(call, url, accept, body);
        }

        @Override
        public CompletionStage<Answer> sendAsync(String call, URI url, String accept, RequestBody body) {
            requireProxied(call);
            return transport.sendAsync(call, url, accept, body);
        }

        @Override
        public void close() {
            transport.close();
        }
    }
}
