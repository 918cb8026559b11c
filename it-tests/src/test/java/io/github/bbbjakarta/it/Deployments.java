package io.github.bbbjakarta.it;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.servlet.BbbSimulatorServlet;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the in-container tests deploy. The BBB server is the simulator, deployed as a second WAR at
 * context root {@code /} in the same WildFly, so the application reaches it at {@code http://127.0.0.1:8080}. On
 * Payara Micro each deployment is its own process; the simulator's, started first, holds port 8080 (see
 * {@link ItContainer}).
 */
final class Deployments {
    /** The shared secret of the simulated server. */
    static final String SECRET = "it-shared-secret-7f3a";
    /** Where the application finds the simulated server. */
    static final String SERVER = "http://127.0.0.1:8080";
    static final String BBB_URL = SERVER + "/bigbluebutton/";

    private Deployments() {
    }

    /** bbb-simulator as a WAR: its classes, the servlet mapped to everything, the secret as an init parameter. */
    static WebArchive simulator() {
        JavaArchive simulator = ShrinkWrap.create(JavaArchive.class, "bbb-simulator.jar")
                .addPackages(true, p -> !p.get().contains(BbbSimulatorExtension.class.getSimpleName()),
                        "io.github.bbbjakarta.simulator");
        return ShrinkWrap.create(WebArchive.class, "bbb-simulator.war")
                .addAsLibrary(simulator)
                .addAsWebInfResource(new StringAsset("""
                        <jboss-web><context-root>/</context-root></jboss-web>"""), "jboss-web.xml")
                .addAsWebInfResource(new StringAsset("""
                        <glassfish-web-app><context-root>/</context-root></glassfish-web-app>"""), "glassfish-web.xml")
                .setWebXML(new StringAsset("""
                        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                          <servlet>
                            <servlet-name>bbb</servlet-name>
                            <servlet-class>%s</servlet-class>
                            <init-param><param-name>secret</param-name><param-value>%s</param-value></init-param>
                          </servlet>
                          <servlet-mapping><servlet-name>bbb</servlet-name><url-pattern>/*</url-pattern></servlet-mapping>
                        </web-app>""".formatted(BbbSimulatorServlet.class.getName(), SECRET)));
    }

    /** bbb-api as a library jar. */
    static JavaArchive api() {
        return library(io.github.bbbjakarta.api.BigBlueButtonClient.class, "bbb-api.jar");
    }

    /** bbb-api, bbb-cdi and bbb-lms-integration, as the build made them (with beans.xml and extensions). */
    static JavaArchive[] component() {
        return new JavaArchive[] {api(), library(io.github.bbbjakarta.cdi.MeetingService.class, "bbb-cdi.jar"),
                library(io.github.bbbjakarta.lms.CourseMeetingService.class, "bbb-lms-integration.jar")};
    }

    /** An LMS application: the component, its MicroProfile Config file, and the tests' helpers. */
    static WebArchive lmsApp(String name, String config) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibraries(component())
                .addAsLibraries(simulatorControl())
                .addClasses(testSupport())
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
    }

    /** The tests' helpers that in-container tests use: add them to every testable deployment. */
    static Class<?>[] testSupport() {
        return new Class<?>[] {Deployments.class, ServerLogOnFailure.class, ItContainer.class};
    }

    /** The configuration of an application that talks to the simulator with the right secret. */
    static String config(String secret) {
        return "bbb.url=" + BBB_URL + "\n"
                + (secret == null ? "" : "bbb.secret=" + secret + "\n")
                + "bbb.checksum=sha256\nbbb.read-timeout=5s\n"
                + "bbb.lms.meeting-id-key=it-meeting-id-key-0123456789\n"
                + "bbb.lms.origin=it-tests\nbbb.lms.origin-version=1.0\n";
    }

    /** The jar (or, outside a packaged build, the classes folder) a class was loaded from. */
    private static JavaArchive library(Class<?> anyClass, String name) {
        try {
            java.io.File location = new java.io.File(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (location.isDirectory()) {
                return ShrinkWrap.create(org.jboss.shrinkwrap.api.importer.ExplodedImporter.class, name)
                        .importDirectory(location).as(JavaArchive.class);
            }
            return ShrinkWrap.create(org.jboss.shrinkwrap.api.importer.ZipImporter.class, name)
                    .importFrom(location).as(JavaArchive.class);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The simulator's control API classes, for tests that steer it over HTTP from inside the container. */
    static JavaArchive simulatorControl() {
        return ShrinkWrap.create(JavaArchive.class, "bbb-simulator-control.jar")
                .addPackages(true, p -> !p.get().contains(BbbSimulatorExtension.class.getSimpleName())
                        && !p.get().contains("BbbSimulatorServlet"), "io.github.bbbjakarta.simulator");
    }
}
