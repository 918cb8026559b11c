package io.github.bbbjakarta.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The test application's JAX-RS root, {@code /<context>/api}, as an LMS would declare it. It lists no classes, so
 * the server's scanning must find bbb-cdi's callback endpoint in {@code WEB-INF/lib} by itself: it is then served at
 * {@code /<context>/api/bbb/callbacks}.
 */
@ApplicationPath(CallbackApi.PATH)
public class CallbackApi extends Application {
    /** The application path. */
    static final String PATH = "api";
}
