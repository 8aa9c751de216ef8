package org.tumorboard.navigator.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tumorboard.navigator.accounts.Accounts;
import org.tumorboard.navigator.accounts.Role;

/**
 * Review in a real headless Chromium (set up as in {@link BrowserTests}): two reviewers sign in in turn, each
 * records a faithful verdict on a rule's page, and the rule's badge goes from unreviewed to approved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tumorboard.rules-dir=src/test/resources/rulesets/starter")
class ReviewBrowserTests {

    static final String PASSWORD = "correct horse battery";
    static final String RULE = "IRE-PACEMAKER";

    private static WebDriver driver;
    private static ChromeDriverService service;
    private static Path profile;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(BrowserTests.CHROMIUM) || !Files.isExecutable(BrowserTests.CHROMEDRIVER)) {
            String message = "Chromium and its driver are needed for the browser tests";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + "; on CI (CI=true) that is a failure.");
            }
            Assumptions.abort(message + "; skipped outside CI.");
        }
        profile = Files.createTempDirectory("tumor-board-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTests.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--window-size=1280,1024",
                "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(BrowserTests.CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(BrowserTests.WAIT);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        new WebDriverWait(driver, BrowserTests.WAIT).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    private String badge() {
        return driver.findElement(By.cssSelector("#review .review-status")).getAttribute("data-status");
    }

    private void signInAndReview(String name) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        new WebDriverWait(driver, BrowserTests.WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        open("/rules/" + RULE);
        driver.findElement(By.id("verdict-faithful")).click();
        driver.findElement(By.cssSelector("#review-form button[type=submit]")).click();
        new WebDriverWait(driver, BrowserTests.WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#review .notice")));
        assertThat(driver.findElement(By.cssSelector("#review .review-history")).getText()).contains(name);
    }

    @Test
    void twoReviewersSignInReviewARuleAndItsBadgeTurnsApproved() {
        accounts.add("rhea", Role.REVIEWER, PASSWORD);
        accounts.add("saul", Role.REVIEWER, PASSWORD);
        open("/rules/" + RULE);
        assertThat(badge()).isEqualTo("UNREVIEWED");
        assertThat(driver.findElements(By.id("review-form"))).as("no form before signing in").isEmpty();

        signInAndReview("rhea");
        assertThat(badge()).as("one of two approvals").isEqualTo("UNREVIEWED");
        driver.findElement(By.id("sign-out")).click();
        new WebDriverWait(driver, BrowserTests.WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-out")));

        signInAndReview("saul");
        assertThat(badge()).isEqualTo("APPROVED");
        assertThat(driver.findElement(By.cssSelector("#review .review-status")).getText()).isEqualTo("Approved");
        open("/rules");
        assertThat(driver.findElement(By.xpath("//table[contains(@class,'rule-index')]//tr[td/a[text()='" + RULE
                + "']]//span[contains(@class,'review-status')]")).getAttribute("data-status")).isEqualTo("APPROVED");
    }
}
