package org.tumorboard.navigator.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tumorboard.navigator.Browser;
import org.tumorboard.navigator.RuleSetCopies;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.accounts.Accounts;
import org.tumorboard.navigator.accounts.Role;
import org.tumorboard.navigator.engine.RuleEngine;

/**
 * The impact page in headless Chromium ({@link Browser}): the app serves a copy of the real rules, the copy on disk
 * gets the Huang et al. limit moved from 4 to 5 cm, and the page shows the two size rules and links each changed
 * case to its result page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class ImpactPageBrowserTests {

    private static Path rules;

    @LocalServerPort
    int port;

    @Autowired
    RuleEngine served;

    @Autowired
    Accounts accounts;

    @DynamicPropertySource
    static void servedCopy(DynamicPropertyRegistry registry) throws IOException {
        rules = RuleSetCopies.copy(TestRuleSets.REAL, Files.createTempDirectory("impact-page-rules"));
        registry.add("tumorboard.rules-dir", rules::toString);
    }

    @Test
    void showsWhatMovingTheHuangLimitTo5CmWouldChangeAndLinksEachCaseToItsResult(WebDriver driver) {
        assertThat(served.ruleSet().directory()).isEqualTo(rules.toAbsolutePath().normalize());
        RuleSetCopies.replace(rules, "ire-selection.drl", "tumorSizeCm > 4.0", "tumorSizeCm > 5.0");
        RuleSetCopies.replace(rules, "ire-selection.drl", "tumorSizeCm <= 4.0", "tumorSizeCm <= 5.0");

        String password = "a maintainer's long password";
        accounts.add("mona", Role.MAINTAINER, password);
        Browser.signIn(driver, "http://localhost:" + port, "mona", password);
        Browser.open(driver, "http://localhost:" + port + "/maintenance/impact");
        List<String> changedRules = driver.findElements(By.cssSelector("table.impact-rules a.rule-id"))
                .stream().map(WebElement::getText).toList();
        assertThat(changedRules).containsExactly("IRE-TUMOUR-OVER-4CM", "IRE-TUMOUR-WITHIN-4CM");
        assertThat(driver.findElement(By.id("impact-summary")).getText()).matches("\\d+ cases compared, [1-9]\\d* changed");

        WebElement first = driver.findElements(By.cssSelector("ol.impact-cases a.case-link")).get(0);
        String href = first.getAttribute("href");
        assertThat(href).contains("/cases/evaluation?").contains("tumorSizeCm=4.1");
        Browser.clickThrough(driver, first);
        assertThat(driver.getCurrentUrl()).isEqualTo(href);
        String title = served.ruleSet().rule("IRE-TUMOUR-OVER-4CM").orElseThrow().title();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(title);
    }
}
