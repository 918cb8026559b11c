package io.github.bbbjakarta.demo;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The demo LMS's REST API at {@code /lms-demo/api}. No classes listed: the server's scanning finds this module's
 * resources and bbb-cdi's callback endpoint in {@code WEB-INF/lib}, which BBB calls at {@code api/bbb/callbacks}
 * ({@code bbb.callback-url}).
 */
@ApplicationPath("api")
public class DemoApplication extends Application {
}
