package io.github.bbbjakarta.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** Prints the URL to open once the application is deployed (and says that there is no real login). */
@ApplicationScoped
public class DemoStartup {
    private static final Logger LOG = Logger.getLogger(DemoStartup.class.getName());

    @Inject
    @ConfigProperty(name = "lms-demo.url", defaultValue = "http://localhost:8080/lms-demo/")
    String demoUrl;

    @Inject
    @ConfigProperty(name = "bbb.url")
    String bbbUrl;

    void started(@Observes @Initialized(ApplicationScoped.class) Object context) {
        // bbb.url is not a secret; bbb.secret and the keys are never printed.
        LOG.info(() -> "\n\n    Demo LMS ready: open " + demoUrl + "\n    (BigBlueButton: " + bbbUrl
                + "; no real authentication: pick a user on the page)\n");
    }
}
