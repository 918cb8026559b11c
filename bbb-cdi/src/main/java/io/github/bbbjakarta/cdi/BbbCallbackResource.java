package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.cdi.internal.CallbackHandler;
import io.github.bbbjakarta.cdi.internal.CallbackSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The JAX-RS endpoint BigBlueButton calls back, part of the application as soon as bbb-cdi is in
 * {@code WEB-INF/lib}: the application's JAX-RS scanning finds it (unless its {@code Application} subclass lists
 * its classes itself: then add this one). It lives at {@value #PATH} under the application's
 * {@code @ApplicationPath}, or at {@code bbb.callback-path}; {@code bbb.callback-url} is its public URL.
 * <ul>
 * <li>{@code POST …/recording-ready}: BBB's recording-ready callback, {@code signed_parameters=<JWT>} verified
 *     with {@code bbb.secret} (and {@code bbb.callback-secrets}) → {@link RecordingReady};</li>
 * <li>{@code GET …/meeting-ended?instance=…&token=…&recordingmarks=…&meetingID=…}: BBB's end callback, the token
 *     made by {@link MeetingService#create} for that meeting → {@link MeetingEnded};</li>
 * <li>{@code POST …/events}: bbb-webhooks events, for a hook registered with the URL {@code bbb.callback-url +
 *     "/events"} (checksum with {@code bbb.hooks-checksum}, or {@code Authorization: Bearer}) →
 *     {@link UserJoined}, {@link UserLeft}, {@link MeetingEnded}, {@link RecordingStatusChanged}, and
 *     {@link WebhookReceived} for every event.</li>
 * </ul>
 * Events are fired synchronously, at most once per callback (retries and replays within
 * {@code bbb.callback-dedup-window} are answered 200 and fire nothing). Answers: 200; 400 for a malformed call;
 * 401 for an unsigned one or a signature that does not verify; 403 for an end callback whose token does not
 * match; 500 when an observer threw (the server then retries). Thread-safe.
 */
@Path(BbbCallbackResource.PATH)
@ApplicationScoped
public class BbbCallbackResource {
    /** The endpoint's path relative to the application's {@code @ApplicationPath}, unless {@code bbb.callback-path} says otherwise. */
    public static final String PATH = "bbb/callbacks";

    @Inject
    CallbackHandler handler;

    /**
     * BBB's recording-ready callback.
     *
     * @param body the form body, {@code signed_parameters=<JWT>}
     */
    @POST
    @Path(CallbackSupport.RECORDING_READY)
    public Response recordingReady(String body) {
        return answer(handler.recordingReady(body));
    }

    /**
     * BBB's end callback.
     *
     * @param uriInfo the request, for its raw query string
     */
    @GET
    @Path(CallbackSupport.MEETING_ENDED)
    public Response meetingEnded(@Context UriInfo uriInfo) {
        return answer(handler.meetingEnded(uriInfo.getRequestUri().getRawQuery()));
    }

    /**
     * A bbb-webhooks delivery.
     *
     * @param checksum      the {@code checksum} bbb-webhooks appended to the registered URL, if any
     * @param authorization the {@code Authorization} header, if any
     * @param body          the form body as received
     */
    @POST
    @Path(CallbackSupport.EVENTS)
    public Response events(@QueryParam("checksum") String checksum,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        return answer(handler.webhook(checksum, authorization, body));
    }

    private static Response answer(int status) {
        return Response.status(status).build();
    }
}
