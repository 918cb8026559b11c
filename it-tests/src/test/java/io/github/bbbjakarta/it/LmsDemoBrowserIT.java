package io.github.bbbjakarta.it;

import io.github.bbbjakarta.simulator.MeetingSnapshot;
import io.github.bbbjakarta.simulator.SimulatorControl;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo LMS ({@code lms-demo.war}) and the simulator ({@code bbb-simulator-war.war}), the WARs the reactor built,
 * deployed side by side on WildFly as the demo's one command does, driven in Chromium the way a teacher, a student and
 * a guest click through them: course page, join button, waiting and closed pages, the simulated BBB client, the guest
 * link, recordings appearing after the meeting ends, and a forged callback that changes nothing.
 *
 * <p>Two users at once: the page has no real login, only a cookie chosen by the user switcher, and one Chromium has one
 * cookie jar per host. So the instructor works on {@code http://127.0.0.1:8080/lms-demo/} and students and guests on
 * {@code http://localhost:8080/lms-demo/} (the demo's own URL, the one its guest links and logout URLs name).
 */
@ExtendWith({ArquillianExtension.class, ServerLogOnFailure.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LmsDemoBrowserIT {
    /** Where students and guests open the demo (its {@code lms-demo.url}). */
    private static final String STUDENTS = "http://localhost:8080/lms-demo/";
    /** Where the instructor opens it: another host, another cookie jar, another user. */
    private static final String INSTRUCTOR = "http://127.0.0.1:8080/lms-demo/";
    private static final String COURSE = "PHY-101";
    private static final String LECTURE = "lecture";
    /** lms-demo's {@code bbb.lms.meeting-info-cache-ttl} (2 s), and a margin. */
    private static final Duration MEETING_INFO_CACHE = Duration.ofMillis(2300);
    /** Events poll 2 s, recording processing 2 s a step: the recording shows up ~5 s after the end. */
    private static final Duration RECORDING_APPEARS = Duration.ofSeconds(25);

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final SimulatorControl simulator = SimulatorControl.remote(URI.create(Deployments.SERVER));
    private static final HttpClient http = HttpClient.newHttpClient();
    /** When a viewer last joined a running lecture: until the cache expires, the demo may still think it runs. */
    private static Instant lastViewerJoin = Instant.EPOCH;

    @Deployment(name = "bbb-simulator", order = 1, testable = false)
    static WebArchive simulatorWar() {
        return war("bbb-simulator-war.war");
    }

    @Deployment(name = "lms-demo", order = 2, testable = false)
    static WebArchive demoWar() {
        return war("lms-demo.war");
    }

    /** A WAR as the reactor built it, copied to {@code target/demo-wars} by the profile browser-tests. */
    private static WebArchive war(String file) {
        Path path = Path.of(System.getProperty("it.demo.wars", "target/demo-wars")).resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " not found: run through Maven (mvn verify -pl it-tests -am), "
                    + "whose profile browser-tests copies the demo's WARs there");
        }
        return ShrinkWrap.create(ZipImporter.class, file).importFrom(path.toFile()).as(WebArchive.class);
    }

    /** The tab the test starts in (Browser's beforeEach runs before this class's). */
    private String firstTab;

    /** No meetings, recordings or requests left from the previous scenario (the demo keeps its event log). */
    @BeforeEach
    void resetSimulator() {
        firstTab = browser.currentTab();
        simulator.reset();
    }

    /**
     * Closes this test's other tabs, each first brought to a blank page: a tab closed while its page reloads itself
     * (the client page every 2 s, the waiting page every 3 s) can keep Chromium from closing it for 20 s under load.
     * Runs after Browser's end-of-test screenshot; whatever is left, Browser's next beforeEach closes.
     */
    @AfterEach
    void closeOtherTabs() {
        for (String tab : browser.driver().getWindowHandles()) {
            if (!tab.equals(firstTab)) {
                try {
                    browser.switchToTab(tab).driver().get("about:blank");
                    browser.driver().close();
                } catch (WebDriverException e) {
                    // Browser's beforeEach tries again
                }
            }
        }
        browser.switchToTab(firstTab).driver().get("about:blank");
    }

    // ---- 1. The instructor starts the lecture ----

    @Test
    @Order(2)
    void theInstructorStartsTheLectureAndLandsAsModerator() {
        coursePage(INSTRUCTOR, "ada", "MODERATOR");
        assertEquals("Weekly lecture", browser.text(By.cssSelector(lecture(" .activity-name"))));
        browser.screenshot("course-page");
        browser.click(By.cssSelector(lecture(" a.join")));
        assertLandedAs("Ada Lovelace", "MODERATOR");
        assertEquals(lectureMeeting().name(), browser.text(By.id("meeting-name")), "the activity's meeting");
        assertTrue(browser.text(By.id("meeting-name")).contains("Weekly lecture"), browser::pageText);
        browser.screenshot("client");
    }

    // ---- 2. A student joins after the instructor ----

    @Test
    @Order(3)
    void aStudentJoiningAfterTheInstructorLandsAsViewerAndTheInstructorSeesBoth() {
        String instructor = instructorInTheLecture();

        newTab();
        coursePage(STUDENTS, "grace", "VIEWER");
        assertEquals("running with 1 participant", browser.text(By.cssSelector(lecture(" .meeting-status"))));
        browser.screenshot("student-course-page");
        browser.click(By.cssSelector(lecture(" a.join")));
        lastViewerJoin = Instant.now();
        assertLandedAs("Grace Hopper", "VIEWER");
        assertFalse(browser.has(By.id("end-meeting")), "a student cannot end the lecture");
        browser.screenshot("student-client");

        browser.switchToTab(instructor);
        browser.waitUntil(d -> browser.texts(By.cssSelector("#participants li.participant")).size() == 2,
                Duration.ofSeconds(10));   // the client page reloads itself every 2 s
        assertEquals(List.of("Ada Lovelace (MODERATOR)", "Grace Hopper (VIEWER)"),
                browser.texts(By.cssSelector("#participants li.participant")).stream().sorted().toList());
        browser.screenshot("instructor-sees-both");
    }

    // ---- 3. A student before the instructor waits, and the waiting page moves on by itself ----

    @Test
    @Order(1)
    void aStudentBeforeTheInstructorWaitsAndIsLetInOnceTheInstructorIsThere() throws InterruptedException {
        letTheMeetingInfoCacheExpire();
        coursePage(STUDENTS, "grace", "VIEWER");
        browser.click(By.cssSelector(lecture(" a.join")));
        assertTrue(browser.text(By.id("waiting")).contains("Waiting"), browser::pageText);
        assertTrue(simulator.requests("create").isEmpty(), "a waiting student creates no meeting");
        browser.screenshot("waiting");
        String student = browser.currentTab();

        newTab();
        coursePage(INSTRUCTOR, "ada", "MODERATOR");
        browser.click(By.cssSelector(lecture(" a.join")));
        assertLandedAs("Ada Lovelace", "MODERATOR");

        browser.switchToTab(student);   // untouched since: it reloads itself every 3 s
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("user-role")), Duration.ofSeconds(15));
        lastViewerJoin = Instant.now();
        assertLandedAs("Grace Hopper", "VIEWER");
        browser.screenshot("let-in");
    }

    // ---- 4. A student of Section A lands in the Section A breakout group ----

    @Test
    @Order(4)
    void aStudentOfSectionALandsInTheSectionABreakoutGroup() {
        instructorInTheLecture();

        newTab();
        coursePage(STUDENTS, "katherine", "VIEWER");
        By mine = By.cssSelector(lecture(" ul.sections li.section.mine"));
        assertEquals("Section A", browser.text(By.cssSelector(lecture(" li.section.mine .section-name"))));
        String sectionId = browser.waitFor(mine).getAttribute("data-section-id");
        browser.screenshot("course-page-sections");
        browser.click(By.cssSelector(lecture(" a.join")));
        lastViewerJoin = Instant.now();
        assertLandedAs("Katherine Johnson", "VIEWER");
        assertEquals("Section A", browser.text(By.id("breakout-group")));
        assertEquals(sectionId, browser.waitFor(By.id("breakout-group")).getAttribute("data-group-id"));
        browser.screenshot("client-breakout-group");
    }

    // ---- 5. Outside the schedule the page says why, and nothing reaches BBB ----

    @Test
    @Order(5)
    void outsideItsScheduleTheExamReviewSaysWhenItOpensAndCreatesNothing() {
        coursePage(STUDENTS, "grace", "VIEWER");
        String exam = "section.activity[data-activity-id='exam-review']";
        String outcome = browser.text(By.cssSelector(exam + " .join-outcome"));
        assertTrue(outcome.startsWith("Opens at "), outcome);
        assertTrue(browser.waitFor(By.cssSelector(exam + " a.join")).getAttribute("class").contains("disabled"));
        browser.screenshot("course-page");

        browser.click(By.cssSelector(exam + " a.join"));
        assertEquals("NOT_OPEN_YET", browser.waitFor(By.id("closed")).getAttribute("data-reason"));
        String reason = browser.text(By.cssSelector("#closed .reason"));
        assertTrue(reason.startsWith("Not open yet: opens at "), reason);
        browser.screenshot("closed");
        assertTrue(simulator.requests("create").isEmpty(), "a closed activity creates no meeting");
        assertTrue(simulator.requests("join").isEmpty(), "nobody was sent to BBB");
    }

    // ---- 6. A guest link ----

    @Test
    @Order(6)
    void theInstructorsGuestLinkLetsAGuestInAsGuestViewer() {
        coursePage(INSTRUCTOR, "ada", "MODERATOR");
        browser.click(By.cssSelector(lecture(" button.guest-link")));
        browser.waitFor(By.cssSelector(lecture(" .guest-link-url a")));
        String link = browser.text(By.cssSelector(lecture(" .guest-link-url a")));
        assertTrue(link.startsWith(STUDENTS + "guest?"), link);
        browser.screenshot("guest-link");
        browser.click(By.cssSelector(lecture(" a.join")));
        assertLandedAs("Ada Lovelace", "MODERATOR");

        newTab();
        browser.open(URI.create(link));   // another host than the instructor's: no cookie, no LMS user
        browser.waitFor(By.id("guest-name")).sendKeys("Marie Curie");
        browser.screenshot("guest-page");
        browser.click(By.id("guest-join"));
        assertLandedAs("Marie Curie", "VIEWER");
        assertEquals("guest", browser.text(By.id("guest")));
        browser.screenshot("guest-client");
    }

    // ---- 7. After the end, the recording appears by itself; unpublished, students no longer see it ----

    @Test
    @Order(7)
    void afterTheInstructorEndsTheLectureItsRecordingAppearsAndUnpublishedStudentsDoNotSeeIt() {
        coursePage(INSTRUCTOR, "ada", "MODERATOR");
        String coursePage = browser.currentTab();
        assertTrue(browser.has(By.cssSelector(lecture(" .no-recordings"))), "no recording before the lecture");

        newTab();
        browser.open(URI.create(INSTRUCTOR + "?course=" + COURSE));
        browser.click(By.cssSelector(lecture(" a.join")));
        assertLandedAs("Ada Lovelace", "MODERATOR");
        assertEquals("recording", browser.text(By.id("recording")), "recorded from the start");
        browser.click(By.id("end-meeting"));
        browser.waitFor(By.id("ended"));
        browser.screenshot("ended");

        browser.switchToTab(coursePage);   // opened before the lecture, never reloaded
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#events li.event[data-type='RecordingReady']")), RECORDING_APPEARS);
        By state = By.cssSelector(lecture(" ul.recordings li.recording .recording-state"));
        browser.waitUntil(d -> "published".equals(d.findElement(state).getText()), Duration.ofSeconds(10));
        assertEquals("ended", browser.waitFor(By.cssSelector(lecture(" .meeting-status"))).getAttribute("data-state"));
        List<String> events = browser.texts(By.cssSelector("#events li.event"));
        assertTrue(events.get(0).contains("Recording ready: "), events::toString);
        assertTrue(events.stream().anyMatch(e -> e.contains("Meeting ended (END_CALLBACK) — PHY-101 / lecture")),
                events::toString);
        assertEquals(1, browser.texts(By.cssSelector(lecture(" li.recording"))).size());
        assertTrue(browser.has(By.cssSelector(lecture(" li.recording a.play"))));
        browser.screenshot("recording-appeared");

        browser.click(By.cssSelector(lecture(" li.recording button.unpublish")));
        browser.waitUntil(d -> "unpublished".equals(d.findElement(state).getText()), Duration.ofSeconds(10));
        assertTrue(browser.has(By.cssSelector(lecture(" li.recording button.publish"))));
        browser.screenshot("unpublished");

        newTab();
        coursePage(STUDENTS, "grace", "VIEWER");
        assertTrue(browser.has(By.cssSelector(lecture(" .no-recordings"))), "the unpublished recording is hidden");
        assertFalse(browser.has(By.cssSelector(lecture(" li.recording"))));
        browser.screenshot("student-sees-none");
    }

    // ---- 8. A forged callback changes nothing ----

    @Test
    @Order(8)
    void forgedCallbacksAreRefusedAndTheCoursePageDoesNotChange() throws Exception {
        instructorInTheLecture();
        String meetingID = lectureMeeting().meetingID();
        newTab();
        coursePage(INSTRUCTOR, "ada", "MODERATOR");
        By status = By.cssSelector(lecture(" .meeting-status"));
        assertEquals("running with 1 participant", browser.text(status));
        List<String> eventsBefore = browser.texts(By.cssSelector("#events li.event"));
        browser.screenshot("before");

        String callbacks = "http://localhost:8080/lms-demo/api/bbb/callbacks/";
        String jwt = hs256("{\"meeting_id\":\"" + meetingID + "\",\"record_id\":\"forged-recording\"}",
                "not-the-shared-secret");
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(callbacks + "recording-ready"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signed_parameters=" + jwt)).build()),
                "a recording-ready signed with another secret");
        String id = URLEncoder.encode(meetingID, StandardCharsets.UTF_8);
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(callbacks + "meeting-ended?meetingID=" + id
                + "&recordingmarks=false")).GET().build()), "an end callback without a token");
        assertEquals(403, send(HttpRequest.newBuilder(URI.create(callbacks + "meeting-ended?instance=forged&token="
                + "Zm9yZ2Vk&meetingID=" + id + "&recordingmarks=false")).GET().build()),
                "an end callback with a token the demo did not make");

        Thread.sleep(2500);   // at least one poll of the page's events feed (every 2 s)
        assertEquals(eventsBefore, browser.texts(By.cssSelector("#events li.event")), "no event on the page");
        assertEquals("running with 1 participant", browser.text(status));
        assertTrue(lectureMeeting().running(), "the lecture still runs");
        browser.refresh();
        coursePageLoaded("MODERATOR");
        assertEquals("running with 1 participant", browser.text(status), "after a reload too");
        assertEquals(eventsBefore, browser.texts(By.cssSelector("#events li.event")));
        browser.screenshot("after");
    }

    // ---- helpers ----

    /** A new blank tab, which becomes the current one. */
    private static void newTab() {
        browser.driver().switchTo().newWindow(WindowType.TAB);
    }

    /** The CSS selector of the lecture's card, followed by {@code inside}. */
    private static String lecture(String inside) {
        return "section.activity[data-activity-id='" + LECTURE + "']" + inside;
    }

    /** Opens Physics 101's page at that address as that user (the switcher), and waits until it shows their role. */
    private static void coursePage(String base, String user, String role) {
        browser.open(URI.create(base + "?course=" + COURSE));
        Select switcher = new Select(browser.waitUntil(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#user-switcher option")), Browser.DEFAULT_WAIT)
                .findElement(By.xpath("..")));
        if (!user.equals(switcher.getFirstSelectedOption().getAttribute("value"))) {
            switcher.selectByValue(user);
        }
        coursePageLoaded(role);
    }

    private static void coursePageLoaded(String role) {
        browser.waitFor(By.cssSelector(lecture("[data-role='" + role + "'] .meeting-status")));
    }

    /** The instructor starts the lecture from the course page; returns the tab of their client page. */
    private static String instructorInTheLecture() {
        coursePage(INSTRUCTOR, "ada", "MODERATOR");
        browser.click(By.cssSelector(lecture(" a.join")));
        assertLandedAs("Ada Lovelace", "MODERATOR");
        return browser.currentTab();
    }

    /** The simulated BBB client page shows this user with this role. */
    private static void assertLandedAs(String fullName, String role) {
        browser.waitFor(By.id("user-role"));
        assertEquals("/html5client", browser.currentUrl().getPath(), "the join redirected into BBB's client");
        assertEquals(fullName, browser.text(By.id("user-name")));
        assertEquals(role, browser.text(By.id("user-role")));
    }

    /** The lecture's BBB meeting (not a breakout room), as the simulator has it. */
    private static MeetingSnapshot lectureMeeting() {
        List<MeetingSnapshot> main = simulator.meetings().stream().filter(m -> !m.breakout()).toList();
        assertEquals(1, main.size(), () -> "one meeting: " + main);
        return main.get(0);
    }

    /** A student's first join right after a scenario where the lecture ran would find its cached "running". */
    private static void letTheMeetingInfoCacheExpire() throws InterruptedException {
        long wait = Duration.between(Instant.now(), lastViewerJoin.plus(MEETING_INFO_CACHE)).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static int send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** An HS256 JSON Web Token as BBB signs recording-ready callbacks, here with the wrong secret. */
    private static String hs256(String payload, String secret) throws GeneralSecurityException {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return signingInput + "." + b64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }
}
