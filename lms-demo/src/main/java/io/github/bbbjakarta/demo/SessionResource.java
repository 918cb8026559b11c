package io.github.bbbjakarta.demo;

import io.github.bbbjakarta.lms.LmsUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** Who is "logged in" (the user switcher) and what there is: users and courses. */
@Path("session")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    @Inject
    Lms lms;

    /** The current user, every user for the switcher, and the courses. */
    @GET
    public JsonObject session(@CookieParam(CurrentUser.COOKIE) String userId) {
        JsonArrayBuilder users = Json.createArrayBuilder();
        lms.users().forEach(u -> users.add(Json.createObjectBuilder().add("id", u.id()).add("name", u.displayName())
                .add("roles", String.join(", ", u.roles()))));
        JsonArrayBuilder courses = Json.createArrayBuilder();
        lms.courses().forEach(c -> courses.add(Json.createObjectBuilder().add("id", c.id())
                .add("title", c.course().title())));
        LmsUser user = lms.userOrDefault(userId);
        return Json.createObjectBuilder().add("user", user.id()).add("users", users).add("courses", courses).build();
    }

    /** The user switcher: remembers the chosen user in a cookie (no password: this is a demo). */
    @POST
    @Path("user")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response switchUser(@FormParam("user") String userId) {
        if (lms.user(userId).isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Json.createObjectBuilder().add("error", "unknown user").build()).build();
        }
        NewCookie cookie = new NewCookie.Builder(CurrentUser.COOKIE).value(userId).path("/")
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.noContent().cookie(cookie).build();
    }
}
