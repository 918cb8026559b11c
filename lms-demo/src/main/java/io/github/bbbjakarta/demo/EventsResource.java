package io.github.bbbjakarta.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The events BBB's callbacks brought, for the page to poll: {@code GET api/events?after=N} answers
 * {@code {"last": M, "events": [...]}} with the events numbered above N (at most the last 50).
 */
@Path("events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {
    @Inject
    CallbackEventLog log;

    @GET
    public JsonObject after(@QueryParam("after") @DefaultValue("0") long after) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (CallbackEventLog.Entry e : log.after(after)) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("seq", e.seq()).add("type", e.type())
                    .add("meetingID", e.meetingID()).add("at", e.at().toString());
            e.recordID().ifPresent(r -> json.add("recordID", r));
            e.detail().ifPresent(d -> json.add("detail", d));
            e.activity().ifPresent(a -> json.add("course", a.course()).add("activity", a.activity()));
            list.add(json);
        }
        return Json.createObjectBuilder().add("last", log.lastSeq()).add("events", list).build();
    }
}
