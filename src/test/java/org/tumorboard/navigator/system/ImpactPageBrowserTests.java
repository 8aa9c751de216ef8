package org.tumorboard.navigator.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tumorboard.navigator.RuleSetCopies;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleEngine;

/**
 * The impact page in headless Chromium (set up as in {@link BrowserTests}; skipped without it, except on CI): the
 * app serves a copy of the real rules, the copy on disk gets the Huang et al. limit moved from 4 to 5 cm, and the
 * page shows the two size rules and links each changed case to its result page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImpactPageBrowserTests {

    private static Path rules;
    private static WebDriver driver;
    private static ChromeDriverService service;
    private static Path profile;

    @LocalServerPort
    int port;

    @Autowired
    RuleEngine served;

    @DynamicPropertySource
    static void servedCopy(DynamicPropertyRegistry registry) throws IOException {
        rules = RuleSetCopies.copy(TestRuleSets.REAL, Files.createTempDirectory("impact-page-rules"));
        registry.add("tumorboard.rules-dir", rules::toString);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(BrowserTests.CHROMIUM) || !Files.isExecutable(BrowserTests.CHROMEDRIVER)) {
            String message = "Chromium and its driver are needed at " + BrowserTests.CHROMIUM + " and "
                    + BrowserTests.CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + "; on CI (CI=true) that is a failure.");
            }
            Assumptions.abort(message + "; skipped outside CI.");
        }
        profile = Files.createTempDirectory("impact-page-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTests.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(BrowserTests.CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(BrowserTests.WAIT);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void showsWhatMovingTheHuangLimitTo5CmWouldChangeAndLinksEachCaseToItsResult() {
        assertThat(served.ruleSet().directory()).isEqualTo(rules.toAbsolutePath().normalize());
        RuleSetCopies.replace(rules, "ire-selection.drl", "tumorSizeCm > 4.0", "tumorSizeCm > 5.0");
        RuleSetCopies.replace(rules, "ire-selection.drl", "tumorSizeCm <= 4.0", "tumorSizeCm <= 5.0");

        driver.get("http://localhost:" + port + "/maintenance/impact");
        List<String> changedRules = driver.findElements(By.cssSelector("table.impact-rules a.rule-id"))
                .stream().map(WebElement::getText).toList();
        assertThat(changedRules).containsExactly("IRE-TUMOUR-OVER-4CM", "IRE-TUMOUR-WITHIN-4CM");
        assertThat(driver.findElement(By.id("impact-summary")).getText()).matches("\\d+ cases compared, [1-9]\\d* changed");

        WebElement first = driver.findElements(By.cssSelector("ol.impact-cases a.case-link")).get(0);
        String href = first.getAttribute("href");
        assertThat(href).contains("/cases/evaluation?").contains("tumorSizeCm=4.1");
        first.click();
        assertThat(driver.getCurrentUrl()).isEqualTo(href);
        String title = served.ruleSet().rule("IRE-TUMOUR-OVER-4CM").orElseThrow().title();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(title);
    }
}
