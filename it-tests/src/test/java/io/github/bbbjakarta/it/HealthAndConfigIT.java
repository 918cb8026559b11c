package io.github.bbbjakarta.it;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an admin sees of the component in the server: the readiness check {@code bbb} (WildFly: on the management
 * interface; Payara Micro: at {@code /health/ready} of the application's process, see {@link ItContainer}), UP and
 * then DOWN with a wrong secret, and a deployment without {@code bbb.secret} refused with a message naming it.
 */
@ExtendWith({ArquillianExtension.class, ServerLogOnFailure.class})
@RunAsClient
class HealthAndConfigIT {
    private static final String WRONG_SECRET = "wrong-secret-9c1d";
    private static final Pattern HEX_CHECKSUM = Pattern.compile("[0-9a-f]{40,128}");

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "simulator", order = 1, testable = false)
    static WebArchive simulator() {
        return Deployments.simulator();
    }

    @Deployment(name = "good-app", order = 2, testable = false)
    static WebArchive goodApp() {
        return Deployments.lmsApp("good-app", Deployments.config(Deployments.SECRET));
    }

    @Deployment(name = "wrong-secret-app", managed = false, testable = false)
    static WebArchive wrongSecretApp() {
        return Deployments.lmsApp("wrong-secret-app", Deployments.config(WRONG_SECRET));
    }

    @Deployment(name = "no-secret-app", managed = false, testable = false)
    static WebArchive noSecretApp() {
        return Deployments.lmsApp("no-secret-app", Deployments.config(null));
    }

    private static final Pattern SPACE_AFTER_KEY = Pattern.compile("\"\\s*:\\s*");

    /** The readiness answer that reports the checks of the given application. */
    private static HttpResponse<String> readiness(String app) throws Exception {
        URI uri = ItContainer.current().readiness(app + ".war");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON body without blanks around the colons (Payara pretty-prints, WildFly does not). */
    private static String compact(HttpResponse<String> response) {
        return SPACE_AFTER_KEY.matcher(response.body()).replaceAll("\":");
    }

    @Test
    void readinessIsUpThenDownWithAWrongSecret() throws Exception {
        HttpResponse<String> up = readiness("good-app");
        assertEquals(200, up.statusCode(), up.body());
        assertTrue(compact(up).contains("\"name\":\"bbb\"") && compact(up).contains("\"status\":\"UP\""), up.body());
        assertTrue(compact(up).contains("\"apiVersion\":\"2.0\""), up.body());

        deployer.deploy("wrong-secret-app");
        try {
            HttpResponse<String> down = readiness("wrong-secret-app");
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(compact(down).contains("\"status\":\"DOWN\""), down.body());
            assertTrue(down.body().toLowerCase(java.util.Locale.ROOT).contains("checksum"), down.body());
            assertFalse(down.body().contains(WRONG_SECRET), down.body());
            assertFalse(down.body().contains(Deployments.SECRET), down.body());
            assertFalse(HEX_CHECKSUM.matcher(down.body()).find(), down.body());
        } finally {
            deployer.undeploy("wrong-secret-app");
        }
        assertEquals(200, readiness("good-app").statusCode());
    }

    @Test
    void aDeploymentWithoutTheSecretIsRefusedNamingIt() {
        Exception e = assertThrows(Exception.class, () -> deployer.deploy("no-secret-app"));
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("bbb.secret is not set"), messages.toString());
        ItContainer container = ItContainer.current();
        System.out.println("[it-tests] expected: no-secret-app refused by " + container + " (bbb.secret is not set);"
                + " the server logs it as an error in " + container.logHint("no-secret-app.war"));
    }
}
