package org.tumorboard.navigator;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser for every browser test: Debian's headless Chromium through Debian's chromedriver (Selenium never
 * downloads anything), started once for the whole test run and given to tests as a {@link WebDriver} parameter,
 * with its cookies cleared before each test. Without Chromium each test shows as skipped with the reason, except on
 * CI ({@code CI=true}), where that is a failure. Use with {@code @ExtendWith(Browser.class)}.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    /** Debian's paths; elsewhere set {@code -Dtumorboard.chromium=…} and {@code -Dtumorboard.chromedriver=…}. */
    public static final Path CHROMIUM = Path.of(System.getProperty("tumorboard.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER =
            Path.of(System.getProperty("tumorboard.chromedriver", "/usr/bin/chromedriver"));
    public static final Duration WAIT = Duration.ofSeconds(15);

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    /** Why the browser tests cannot run here, or null. */
    private static final String MISSING = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) ? null
            : "Chromium and its driver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
              + " for the browser tests (see docs/operations.md)";

    @Override
    public void beforeAll(ExtensionContext context) {
        if (MISSING != null && "true".equals(System.getenv("CI"))) {
            Assertions.fail(MISSING + "; on CI (CI=true) that is a failure.");
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(MISSING == null, () -> MISSING + "; skipped outside CI.");
        Session session = context.getRoot().getStore(NAMESPACE).get(Session.class, Session.class);
        if (session != null) {
            session.driver.manage().deleteAllCookies();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Session.class, k -> Session.start(), Session.class).driver;
    }

    /** Loads a page and waits until it has finished loading (every page of the app ends with its footer). */
    public static void open(WebDriver driver, String url) {
        driver.get(url);
        waitForLoad(driver);
    }

    /** Signs in through the sign-in page ({@code baseUrl} is e.g. {@code http://localhost:PORT}). */
    public static void signIn(WebDriver driver, String baseUrl, String name, String password) {
        open(driver, baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    /**
     * Clicks something that loads another page and waits for that page: for the old page to go (its document is
     * already complete, so waiting for a complete document alone may pass before the click has navigated), then for
     * the new one to load.
     */
    public static void clickThrough(WebDriver driver, WebElement element) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(oldPage));
        waitForLoad(driver);
    }

    public static void waitForLoad(WebDriver driver) {
        new WebDriverWait(driver, WAIT).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    /** One Chromium with a profile of its own, closed (and its profile deleted) when the test run ends. */
    private record Session(WebDriver driver, ChromeDriverService service, Path profile) implements AutoCloseable {

        static Session start() {
            try {
                Path profile = Files.createTempDirectory("tumor-board-chromium");
                ChromeOptions options = new ChromeOptions();
                options.setBinary(CHROMIUM.toFile());
                options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,1024",
                        "--user-data-dir=" + profile);
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
                WebDriver driver = new ChromeDriver(service, options);
                driver.manage().timeouts().pageLoadTimeout(WAIT);
                return new Session(driver, service, profile);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create a Chromium profile", e);
            }
        }

        @Override
        public void close() throws IOException {
            driver.quit();
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
