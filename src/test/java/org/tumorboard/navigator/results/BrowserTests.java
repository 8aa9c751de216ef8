package org.tumorboard.navigator.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tumorboard.navigator.Browser;
import org.tumorboard.navigator.engine.Citation;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseField;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLibrary;

/** The pages in a real headless Chromium ({@link Browser}), against the real rule set under {@code rules/}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class BrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ScenarioLibrary scenarios;

    @Autowired
    RuleEngine engine;

    private WebDriver driver;

    @BeforeEach
    void useBrowser(WebDriver driver) {
        this.driver = driver;
    }

    private void open(String path) {
        Browser.open(driver, "http://localhost:" + port + path);
    }

    private void waitForLoad() {
        Browser.waitForLoad(driver);
    }

    private Scenario firstWalkthrough() {
        List<Scenario> walkthroughs = scenarios.walkthroughs();
        assertThat(walkthroughs).as("rules/scenarios holds the review's figures as walkthroughs").isNotEmpty();
        return walkthroughs.get(0);
    }

    @Test
    void theCaseFormFilledInWithAWalkthroughsCaseShowsItsConsiderationsAndCitations() {
        Scenario scenario = firstWalkthrough();
        CaseFacts facts = scenario.caseFacts();
        open("/cases/new");
        for (CaseField field : CaseField.all()) {
            Object value = field.valueOf(facts);
            if (value == null) {
                continue;
            }
            String name = field.name();
            if (value instanceof Boolean) {
                WebElement radio = driver.findElement(
                        By.cssSelector("input[name='" + name + "'][value='" + CaseQuery.format(value) + "']"));
                radio.click();
                assertThat(radio.isSelected()).isTrue();
            } else if (value instanceof Enum<?> e) {
                new Select(driver.findElement(By.id(name))).selectByValue(e.name());
            } else {
                WebElement input = driver.findElement(By.id(name));
                input.clear();
                input.sendKeys(CaseQuery.format(value));
            }
        }
        driver.findElement(By.cssSelector("#case-form button[type=submit]")).click();
        new WebDriverWait(driver, Browser.WAIT).until(ExpectedConditions.urlContains("/cases/evaluation?"));
        waitForLoad();

        Evaluation expected = engine.evaluate(facts);
        assertThat(driver.getTitle()).contains("What the review reports");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(Evaluation.DISCLAIMER);
        assertThat(driver.findElements(By.cssSelector("li.line[data-rule-id]")))
                .extracting(card -> card.getAttribute("data-rule-id"))
                .containsExactlyInAnyOrderElementsOf(expected.considerations().stream().map(Consideration::ruleId).toList())
                .containsAll(scenario.fires().stream().filter(id -> engine.ruleSet().rule(id)
                        .map(r -> !r.derivation()).orElse(false)).toList());
        assertThat(expected.considerations()).isNotEmpty();
        for (Consideration c : expected.considerations()) {
            WebElement card = driver.findElement(By.id("consideration-" + c.ruleId()));
            // textContent: a line's body and the stage background are folded, and folded text is not displayed.
            assertThat(card.findElement(By.cssSelector(".line-title")).getAttribute("textContent")).isEqualTo(c.title());
            List<String> hrefs = card.findElements(By.cssSelector(".citations a")).stream()
                    .map(a -> URI.create(a.getAttribute("href")).getFragment()).toList();
            assertThat(hrefs).containsExactlyElementsOf(c.citations().stream()
                    .map(Citation::reviewRef).map(ref -> ref == null ? "review" : "ref-" + ref).toList());
        }
        assertThat(driver.findElement(By.id("json-link")).getAttribute("href"))
                .endsWith(CaseQuery.jsonUrl(facts));
    }

    @Test
    void aWalkthroughRevealsItsConsiderationsAndOutcomeOnlyAfterAnExplicitSkip() {
        Scenario scenario = firstWalkthrough();
        open("/walkthroughs/" + scenario.figure());
        assertThat(driver.findElements(By.id("reveal-considerations"))).isEmpty();
        Browser.clickThrough(driver, driver.findElement(By.id("reveal-skip")));
        WebElement considerations = driver.findElement(By.id("reveal-considerations"));
        // The case-specific lines show at once; the stage background stays folded per treatment until opened.
        assertThat(considerations.findElements(By.cssSelector("#case-specific li.line"))).isNotEmpty()
                .allMatch(WebElement::isDisplayed);
        assertThat(considerations.findElements(By.cssSelector("#stage-background li.line"))).noneMatch(WebElement::isDisplayed);
        WebElement text = driver.findElement(By.cssSelector("#reveal-outcome .outcome"));
        assertThat(text.isDisplayed()).isTrue();
        assertThat(text.getText()).isEqualTo(scenario.walkthrough().outcome().strip());
    }

    @Test
    void theChartHasOneMarkerPerStudyWithAReportedMedian() {
        open("/literature");
        long withMedian = engine.ruleSet().literature().references().stream()
                .filter(r -> r.medianOsMonths() != null).count();
        assertThat(driver.findElements(By.cssSelector("svg.survival-chart circle"))).hasSize((int) withMedian);
        assertThat(driver.findElements(By.cssSelector("svg.survival-chart circle")))
                .allMatch(WebElement::isDisplayed);
    }

    @Test
    void theResultPrintsAsAHandoutWithoutNavigationOrButtons() {
        Scenario scenario = firstWalkthrough();
        open(CaseQuery.resultUrl(scenario.caseFacts()));
        WebElement nav = driver.findElement(By.cssSelector("header.site-header"));
        WebElement actions = driver.findElement(By.cssSelector(".actions"));
        assertThat(nav.isDisplayed()).isTrue();
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(nav.isDisplayed()).isFalse();
            assertThat(actions.isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector("aside.disclaimer")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.cssSelector(".print-only")).isDisplayed()).isTrue();
            // Every line prints opened, the folded stage background too (isDisplayed would count a closed <details> as hidden).
            assertThat(driver.findElements(By.cssSelector("li.line .explanation"))).isNotEmpty().allMatch(card -> Boolean.TRUE.equals(
                    ((JavascriptExecutor) driver).executeScript("return arguments[0].checkVisibility()", card)));
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theKeyboardReachesTheSkipLinkAndFocusIsVisible() {
        open("/cases/new");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("skip-link");
        assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
        focused.sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("class")).isEqualTo("brand");
        for (WebElement label : driver.findElements(By.cssSelector("label[for]"))) {
            String id = label.getAttribute("for");
            assertThat(driver.findElements(By.id(id))).as("label for=" + id).hasSize(1);
        }
    }
}
