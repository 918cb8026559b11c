package io.github.bbbjakarta.lms.readme;

// tag::callbacks[]
import io.github.bbbjakarta.api.callbacks.*;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.*;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Path("bbb")
@ApplicationScoped
public class BbbCallbackResource {
    // exactly the callbackURL given to hooks().create(...): bbb-webhooks hashes it (behind a proxy the URL
    // this application sees may differ, so do not rebuild it from the request)
    private static final String EVENTS_URL = "https://lms.example.org/api/bbb/events";

    @Inject
    @ConfigProperty(name = "bbb.secret")
    String secret;

    private CallbackVerifier verifier;   // immutable and thread-safe

    @PostConstruct
    void init() {
        verifier = CallbackVerifier.builder(secret).build();   // .additionalSecrets(old) while rotating
    }

    /** meta_bbb-recording-ready-url: BBB POSTs signed_parameters=<JWT> once the recording is published. */
    @POST
    @Path("recording-ready")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordingReady(String body) {
        try {
            RecordingReady ready = verifier.recordingReadyFromForm(body);
            // show ready.recordID() on the course page of ready.meetingID()
            return Response.ok().build();
        } catch (BbbCallbackException e) {
            return Response.status(e.reason().authentication() ? 401 : 400).build();
        }
    }

    /** A hook created with hooks().create(...) for EVENTS_URL: bbb-webhooks POSTs events with a checksum. */
    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response events(@QueryParam("checksum") String checksum,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        try {
            for (WebhookEvent event : verifier.webhook(EVENTS_URL, checksum, authorization, body).events()) {
                if (event instanceof WebhookEvent.MeetingEnded ended) {
                    // the meeting ended on the server: ended.meetingID()
                }
            }
            return Response.ok().build();
        } catch (BbbCallbackException e) {
            return Response.status(e.reason().authentication() ? 401 : 400).build();
        }
    }
}
// end::callbacks[]
