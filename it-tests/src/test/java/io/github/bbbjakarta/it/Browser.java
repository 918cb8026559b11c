package io.github.bbbjakarta.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One headless Chromium per test class, driven by Selenium through the system's {@code /usr/bin/chromedriver}
 * (Debian's {@code chromium} and {@code chromium-driver}; Selenium Manager never runs, nothing is downloaded).
 * Register it in a {@code *BrowserIT} class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final Browser browser = new Browser();
 *
 * @Test
 * void aStudentLandsAsViewer() {
 *     browser.open(joinUrl);
 *     browser.waitForTitle("Physics - BigBlueButton (simulated)");
 *     browser.screenshot("landed");                    // target/screenshots/<Class>-<test>-landed.png
 *     assertEquals("VIEWER", browser.text(By.id("user-role")));
 * }                                                    // target/screenshots/<Class>-<test>.png, pass or fail
 * }</pre>
 *
 * <p>Chromium starts before the class's first test and quits after its last (and its temporary profile is deleted).
 * Each test starts on a blank page in one tab, with no cookies. After each test, pass or fail, a screenshot of what the page
 * showed is written to {@code target/screenshots/<Class>-<test>.png}; {@link #screenshot(String)} adds one per step.
 * ChromeDriver's log (with Chromium's command line and every command) is {@code target/chromedriver-<Class>.log}.
 *
 * <p>The build runs {@code *BrowserIT} classes in the WildFly failsafe execution when {@code /usr/bin/chromedriver}
 * exists (profile {@code browser-tests}), which sets the system property {@code it.browser=true}; where it is
 * {@code false} (Payara's execution, or the driver missing) a class picked anyway with {@code -Dit.test} is skipped
 * before anything is deployed.
 * Unset (an IDE run), the browser tests run when the driver exists.
 */
final class Browser implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        AfterAllCallback {
    /** Debian's ChromeDriver ({@code apt-get install chromium-driver}). */
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Debian's Chromium ({@code apt-get install chromium}). */
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** How long {@link #waitFor} and {@link #waitForTitle} wait by default. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    /**
     * Chromium's switches: headless, as root (no sandbox), without a GPU or /dev/shm, and with none of the background
     * connections (component updates, sync, QUIC, field trials) that a closed network refuses.
     */
    private static final List<String> SWITCHES = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
            "--disable-features=Translate,MediaRouter,OptimizationHints", "--disable-extensions",
            "--window-size=1280,900");

    private final Path screenshots = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    private WebDriver driver;
    private Path profile;
    private String firstTab;
    private String scenario;

    /** The browser, as the test class's {@code @RegisterExtension static} field. */
    Browser() {
    }

    /** Skips the class (before anything is deployed) where browser tests do not run. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("false".equals(System.getProperty("it.browser"))) {
            return ConditionEvaluationResult.disabled("browser tests run in the WildFly execution when " + CHROMEDRIVER
                    + " exists (profile browser-tests): apt-get install chromium chromium-driver");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.disabled(CHROMEDRIVER + " not found: apt-get install chromium chromium-driver");
        }
        return ConditionEvaluationResult.enabled("Chromium's driver is installed");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Files.createDirectories(screenshots);
        profile = Files.createTempDirectory("it-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(SWITCHES);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(screenshots.resolveSibling("chromedriver-" + context.getRequiredTestClass().getSimpleName()
                        + ".log").toFile())
                .build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteProfile();
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        firstTab = driver.getWindowHandle();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        scenario = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        for (String tab : driver().getWindowHandles()) {
            if (!tab.equals(firstTab)) {
                driver().switchTo().window(tab).close();
            }
        }
        driver().switchTo().window(firstTab);
        driver().manage().deleteAllCookies();
        driver().get("about:blank");
    }

    /** Pass or fail: what the page showed at the end of the test. */
    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver != null && scenario != null) {
            write(scenario);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteProfile();
        }
    }

    /** The Selenium driver, for what this class does not wrap. */
    WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("Chromium is not running: register Browser with @RegisterExtension static");
        }
        return driver;
    }

    /** Opens a URL in the current tab, following redirects, and waits until the page has loaded. */
    Browser open(URI url) {
        driver().get(url.toString());
        return this;
    }

    /** {@link #open(URI)} in a new tab, which becomes the current one (the other tabs stay open). */
    Browser openInNewTab(URI url) {
        driver().switchTo().newWindow(WindowType.TAB);
        return open(url);
    }

    /** The current tab's handle, to come back to it with {@link #switchToTab(String)}. */
    String currentTab() {
        return driver().getWindowHandle();
    }

    /** Makes that tab the current one (what it shows is not reloaded). */
    Browser switchToTab(String tab) {
        driver().switchTo().window(tab);
        return this;
    }

    /** Reloads the current page. */
    Browser refresh() {
        driver().navigate().refresh();
        return this;
    }

    /** The URL of the page shown now (after redirects). */
    URI currentUrl() {
        return URI.create(driver().getCurrentUrl());
    }

    /** The page's title. */
    String title() {
        return driver().getTitle();
    }

    /** The visible text of the whole page. */
    String pageText() {
        return text(By.tagName("body"));
    }

    /**
     * The visible text of the element, which must be there now (read again if the page reloaded itself meanwhile, as
     * the simulated client page does every 2 s).
     */
    String text(By locator) {
        return waitUntil(d -> d.findElement(locator).getText(), DEFAULT_WAIT);
    }

    /** The visible texts of the elements there now, in page order (none: an empty list). */
    List<String> texts(By locator) {
        return waitUntil(d -> d.findElements(locator).stream().map(WebElement::getText).toList(), DEFAULT_WAIT);
    }

    /** Whether such an element is on the page now. */
    boolean has(By locator) {
        return !driver().findElements(locator).isEmpty();
    }

    /** Waits (up to {@link #DEFAULT_WAIT}) until the element is clickable, and clicks it. */
    Browser click(By locator) {
        waitUntil(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
            if (element == null) {
                return null;
            }
            element.click();
            return Boolean.TRUE;
        }, DEFAULT_WAIT);
        return this;
    }

    /**
     * Waits (up to {@link #DEFAULT_WAIT}) until the element is visible, and returns it. On a page that reloads itself,
     * read it at once or use {@link #text(By)} (an element of the previous load is stale).
     */
    WebElement waitFor(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator), DEFAULT_WAIT);
    }

    /** Waits (up to {@link #DEFAULT_WAIT}) until the page's title is exactly this one. */
    Browser waitForTitle(String title) {
        waitUntil(ExpectedConditions.titleIs(title), DEFAULT_WAIT);
        return this;
    }

    /**
     * Waits until the condition holds (Selenium's {@link ExpectedConditions} has the usual ones), e.g. for a page that
     * refreshes itself. The timeout's message says what was awaited and which page was shown.
     */
    <T> T waitUntil(ExpectedCondition<T> condition, Duration timeout) {
        try {
            return new WebDriverWait(driver(), timeout).ignoring(NoSuchElementException.class)
                    .ignoring(StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + timeout.toSeconds() + " s for " + condition + "; the page at "
                    + driver().getCurrentUrl() + " is titled '" + driver().getTitle() + "'", e);
        }
    }

    /** Writes what the page shows now to {@code target/screenshots/<Class>-<test>-<step>.png} and returns the file. */
    Path screenshot(String step) {
        if (scenario == null) {
            throw new IllegalStateException("screenshot(step) is for inside a test");
        }
        return write(scenario + "-" + step);
    }

    private Path write(String name) {
        Path file = screenshots.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        try {
            byte[] png = ((ChromeDriver) driver()).getScreenshotAs(OutputType.BYTES);
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a profile Chromium still writes to: left in the temporary folder
        } finally {
            profile = null;
        }
    }
}
