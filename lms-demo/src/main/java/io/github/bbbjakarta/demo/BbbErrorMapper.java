package io.github.bbbjakarta.demo;

import io.github.bbbjakarta.api.BbbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * BBB unreachable or refusing a call: 502 with the library's message, which never holds a secret, checksum or
 * token, instead of a server error page.
 */
@Provider
public class BbbErrorMapper implements ExceptionMapper<BbbException> {
    @Override
    public Response toResponse(BbbException e) {
        return CoursePageResource.error(Response.Status.BAD_GATEWAY, e.getClass().getSimpleName(), e.getMessage());
    }
}
