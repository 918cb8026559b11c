package io.github.bbbjakarta.it;

import io.github.bbbjakarta.api.ApiVersion;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.MeetingInfo;
import io.github.bbbjakarta.simulator.SimulatorControl;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bbb-api alone inside the server: the container's JAX-RS client (RESTEasy, Jersey) and JAXB runtime serve it. */
@ExtendWith({ArquillianExtension.class, ServerLogOnFailure.class})
class PlainClientIT {

    @Deployment(name = "simulator", order = 1, testable = false)
    static WebArchive simulator() {
        return Deployments.simulator();
    }

    @Deployment(name = "app", order = 2)
    static WebArchive app() {
        return ShrinkWrap.create(WebArchive.class, "plain-client.war")
                .addAsLibraries(Deployments.api(), Deployments.simulatorControl())
                .addClasses(Deployments.testSupport());
    }

    @Test
    @OperateOnDeployment("app")
    void theClientWorksWithTheContainersJaxRsAndJaxb() {
        try (BigBlueButtonClient client = BigBlueButtonClient.create(Deployments.BBB_URL, Deployments.SECRET)) {
            ApiVersion version = client.checkConnection();
            assertEquals("2.0", version.version());
            CreateMeetingResponse created = client.meetings().create(
                    CreateMeetingRequest.builder("plain-1", "Plain Client").meta("bbb-origin", "it").build());
            MeetingInfo info = client.meetings().getMeetingInfo("plain-1");
            assertEquals(created.internalMeetingID(), info.internalMeetingID());
            assertEquals("it", info.metadata().get("bbb-origin"));

            SimulatorControl control = SimulatorControl.remote(URI.create(Deployments.SERVER));
            assertTrue(control.meeting("plain-1").isPresent());
            client.meetings().end("plain-1");
        }
    }
}
