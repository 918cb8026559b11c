package io.github.bbbjakarta.it;

import io.github.bbbjakarta.api.Attendee;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.GuestPolicy;
import io.github.bbbjakarta.api.JoinMeetingRequest;
import io.github.bbbjakarta.api.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person sees in Chromium after following a join URL that bbb-api signed: the join redirects to the simulated
 * HTML5 client, which shows the meeting and the user and connects them (getMeetingInfo lists them with their role); a
 * guest waits in the lobby; after the meeting ends, the client page no longer shows it. Runs on WildFly only, with the system's
 * Chromium (see {@link Browser}).
 */
@ExtendWith({ArquillianExtension.class, ServerLogOnFailure.class})
@RunAsClient
class SimulatorClientBrowserIT {
    private static final String SIMULATED = " - BigBlueButton (simulated)";

    @RegisterExtension
    static final Browser browser = new Browser();

    private static BigBlueButtonClient client;

    @Deployment(name = "simulator", testable = false)
    static WebArchive simulator() {
        return Deployments.simulator();
    }

    @BeforeAll
    static void client() {
        client = BigBlueButtonClient.create(Deployments.BBB_URL, Deployments.SECRET);
    }

    @AfterAll
    static void closeClient() {
        if (client != null) {
            client.close();
        }
    }

    private static URI joinUrl(String meetingID, String fullName, Role role, String userID) {
        return client.meetings().joinUrl(JoinMeetingRequest.builder(meetingID, fullName, role).userID(userID).build())
                .uri();
    }

    /** The roles of the meeting's connected attendees, by name (getMeetingInfo, from the test JVM). */
    private static Map<String, Role> attendees(String meetingID) {
        return client.meetings().getMeetingInfo(meetingID).attendees().stream()
                .collect(Collectors.toMap(Attendee::fullName, Attendee::role));
    }

    /** The client page shows this user in this meeting ({@code #meeting-name}, {@code #user-name}, {@code #user-role}). */
    private static void assertLandedAs(String meetingName, String fullName, Role role) {
        browser.waitForTitle(meetingName + SIMULATED);
        assertEquals("/html5client", browser.currentUrl().getPath(), "the join redirected to the client");
        assertEquals(meetingName, browser.text(By.id("meeting-name")));
        assertEquals(fullName, browser.text(By.id("user-name")));
        assertEquals(role.name(), browser.text(By.id("user-role")));
    }

    @Test
    void aModeratorAndAViewerLandInTheClientOfTheirMeetingWithTheirRoles() {
        client.meetings().create(CreateMeetingRequest.builder("browser-lecture", "Physics 101: Optics").build());

        browser.open(joinUrl("browser-lecture", "Marie Curie", Role.MODERATOR, "teacher-1"));
        assertLandedAs("Physics 101: Optics", "Marie Curie", Role.MODERATOR);
        browser.screenshot("moderator");
        assertEquals(Map.of("Marie Curie", Role.MODERATOR), attendees("browser-lecture"),
                "opening the client page connected the moderator");

        browser.openInNewTab(joinUrl("browser-lecture", "Pierre Student", Role.VIEWER, "student-1"));
        assertLandedAs("Physics 101: Optics", "Pierre Student", Role.VIEWER);
        List<String> participants = browser.texts(By.cssSelector("#participants li.participant"));
        assertTrue(participants.stream().anyMatch(p -> p.contains("Marie Curie")), participants::toString);
        assertTrue(participants.stream().anyMatch(p -> p.contains("Pierre Student")), participants::toString);
        assertFalse(browser.has(By.id("end-meeting")), "a viewer cannot end the meeting");
        browser.screenshot("viewer");
        assertEquals(Map.of("Marie Curie", Role.MODERATOR, "Pierre Student", Role.VIEWER), attendees("browser-lecture"));
    }

    @Test
    void aGuestOfAMeetingThatAsksTheModeratorWaitsInTheLobby() {
        client.meetings().create(CreateMeetingRequest.builder("browser-guests", "Open Day")
                .guestPolicy(GuestPolicy.ASK_MODERATOR).build());

        browser.open(client.meetings().joinUrl(JoinMeetingRequest.builder("browser-guests", "Grace Guest", Role.VIEWER)
                .guest(true).build()).uri());
        browser.waitForTitle("Guest lobby" + SIMULATED);
        assertTrue(browser.text(By.id("lobby")).contains("Grace Guest"), browser::pageText);
        browser.screenshot("lobby");
        assertTrue(attendees("browser-guests").isEmpty(), "a waiting guest is not connected");
    }

    /** After an end through the API, reloading the client page no longer shows the meeting. */
    @Test
    void afterTheMeetingEndsTheClientPageNoLongerShowsIt() {
        client.meetings().create(CreateMeetingRequest.builder("browser-ended", "Chemistry Lab").build());
        browser.open(joinUrl("browser-ended", "Marie Curie", Role.MODERATOR, "teacher-1"));
        assertLandedAs("Chemistry Lab", "Marie Curie", Role.MODERATOR);
        browser.screenshot("joined");

        client.meetings().end("browser-ended");
        browser.refresh();
        assertEquals("Meeting ended" + SIMULATED, browser.title());
        assertEquals("The meeting Chemistry Lab has ended.", browser.text(By.id("meeting-ended")));
        browser.screenshot("ended");
    }

    // ---- The client page's buttons ----

    @Test
    void aModeratorEndsTheMeetingWithTheButtonAndTheViewerSeesItEnded() {
        client.meetings().create(CreateMeetingRequest.builder("browser-end", "History Seminar").build());
        browser.open(joinUrl("browser-end", "Marie Curie", Role.MODERATOR, "teacher-1"));
        assertLandedAs("History Seminar", "Marie Curie", Role.MODERATOR);
        String moderator = browser.currentTab();
        browser.openInNewTab(joinUrl("browser-end", "Pierre Student", Role.VIEWER, "student-1"));
        assertLandedAs("History Seminar", "Pierre Student", Role.VIEWER);
        assertTrue(browser.has(By.id("leave")));
        assertFalse(browser.has(By.id("end-meeting")), "only moderators get the end button");
        String viewer = browser.currentTab();

        browser.switchToTab(moderator).refresh();
        browser.screenshot("moderator-before-end");
        browser.click(By.id("end-meeting"));
        browser.waitFor(By.id("ended"));
        assertEquals("You ended History Seminar. The meeting is over for everyone.", browser.text(By.id("ended")));
        browser.screenshot("moderator-ended");
        assertFalse(client.meetings().isMeetingRunning("browser-end"), "the button ended the meeting on the server");

        browser.switchToTab(viewer);
        browser.waitFor(By.id("meeting-ended"));   // the viewer's page reloads itself
        assertEquals("The meeting History Seminar has ended.", browser.text(By.id("meeting-ended")));
        browser.screenshot("viewer-ended");
    }

    @Test
    void aViewerLeavesWithTheButtonAndIsNoLongerConnected() {
        client.meetings().create(CreateMeetingRequest.builder("browser-leave", "Math Tutoring").build());
        browser.open(joinUrl("browser-leave", "Ada Student", Role.VIEWER, "student-2"));
        assertLandedAs("Math Tutoring", "Ada Student", Role.VIEWER);
        assertEquals(Map.of("Ada Student", Role.VIEWER), attendees("browser-leave"));
        assertEquals(1, client.meetings().getMeetingInfo("browser-leave").participantCount());

        browser.click(By.id("leave"));
        browser.waitFor(By.id("left"));
        assertEquals("You left Math Tutoring.", browser.text(By.id("left")));
        browser.screenshot("left");
        assertEquals(0, client.meetings().getMeetingInfo("browser-leave").participantCount(),
                "leaving disconnected the viewer");
    }

    @Test
    void aModeratorAdmitsAWaitingGuestWhoseLobbyMovesOnByItself() {
        client.meetings().create(CreateMeetingRequest.builder("browser-admit", "Open Lecture")
                .guestPolicy(GuestPolicy.ASK_MODERATOR).build());
        browser.open(joinUrl("browser-admit", "Marie Curie", Role.MODERATOR, "teacher-1"));
        assertLandedAs("Open Lecture", "Marie Curie", Role.MODERATOR);
        String moderator = browser.currentTab();
        browser.openInNewTab(client.meetings().joinUrl(JoinMeetingRequest.builder("browser-admit", "Grace Guest",
                Role.VIEWER).guest(true).build()).uri());
        browser.waitFor(By.id("lobby"));
        String guest = browser.currentTab();

        browser.switchToTab(moderator).refresh();
        browser.waitFor(By.cssSelector("#waiting-guests li.waiting-guest"));
        String waiting = browser.text(By.cssSelector("#waiting-guests li.waiting-guest"));
        assertTrue(waiting.contains("Grace Guest"), waiting);
        browser.screenshot("moderator-sees-guest");
        browser.click(By.cssSelector("#waiting-guests li.waiting-guest button.allow"));
        assertLandedAs("Open Lecture", "Marie Curie", Role.MODERATOR);

        browser.switchToTab(guest);
        browser.waitFor(By.id("user-role"));
        assertLandedAs("Open Lecture", "Grace Guest", Role.VIEWER);
        assertTrue(browser.has(By.id("guest")), "the guest badge");
        browser.screenshot("guest-admitted");
        assertEquals(Map.of("Marie Curie", Role.MODERATOR, "Grace Guest", Role.VIEWER), attendees("browser-admit"));
    }
}
