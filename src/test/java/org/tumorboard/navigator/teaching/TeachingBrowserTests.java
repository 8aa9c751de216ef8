package org.tumorboard.navigator.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tumorboard.navigator.Browser;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLibrary;

/**
 * The teaching aids in headless Chromium ({@link Browser}) against the real rule set: case-specific first, why and
 * why not, what if, prediction mode and the PDF handout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class TeachingBrowserTests {

    private static final String LAPC_3_2 = "/cases/evaluation?stage=LOCALLY_ADVANCED&tumorSizeCm=3.2";

    @LocalServerPort
    int port;

    @Autowired
    ScenarioLibrary scenarios;

    private WebDriver driver;

    @BeforeEach
    void use(WebDriver driver) {
        this.driver = driver;
    }

    private void open(String path) {
        Browser.open(driver, "http://localhost:" + port + path);
    }

    private void waitForLoad() {
        Browser.waitForLoad(driver);
    }

    /** Whether the browser renders the element (its own check, which follows CSS into closed {@code <details>}). */
    private boolean rendered(WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return arguments[0].checkVisibility()", element));
    }

    private int top(String css) {
        return driver.findElement(By.cssSelector(css)).getRect().getY();
    }

    @Test
    void theResultShowsTheSummaryThenWhatIsSpecificThenTheFoldedStageBackgroundWhichPrintsUnfolded() {
        open("/cases/evaluation?stage=LOCALLY_ADVANCED&pacemaker=YES");
        assertThat(driver.findElement(By.id("case-summary")).getText()).startsWith("For this case: 1 caution,");
        assertThat(top("#case-facts")).isLessThan(top("#case-summary"));
        assertThat(top("#case-summary")).isLessThan(top("#case-specific"));
        assertThat(top("#case-specific")).isLessThan(top("#stage-background"));
        WebElement pacemaker = driver.findElement(By.id("consideration-IRE-PACEMAKER"));
        assertThat(pacemaker.isDisplayed()).isTrue();
        List<WebElement> background = driver.findElements(By.cssSelector("#stage-background li.line"));
        assertThat(background).isNotEmpty().noneMatch(WebElement::isDisplayed);
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            // Selenium's isDisplayed counts anything in a closed <details> as hidden, whatever the CSS; ask the page.
            assertThat(background).allMatch(this::rendered);
            assertThat(driver.findElement(By.id("why")).isDisplayed()).isFalse();
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void whyAndWhyNotIsFoldedAndNamesTheFailedConditionWithTheValueOfTheCase() {
        open(LAPC_3_2);
        WebElement block = driver.findElement(By.id("why-IRE-TUMOUR-OVER-4CM"));
        assertThat(block.isDisplayed()).isFalse();
        driver.findElement(By.cssSelector("#why-modality-IRE > summary")).click();
        new WebDriverWait(driver, Browser.WAIT).until(ExpectedConditions.visibilityOf(block));
        assertThat(block.findElement(By.cssSelector(".why-verdict")).getText())
                .isEqualTo("did not apply: Tumour size 3.2 cm; the rule needs more than 4 cm");
        assertThat(driver.findElement(By.cssSelector("#why-IRE-TUMOUR-WITHIN-4CM .why-verdict")).getText())
                .isEqualTo("applied: this case met every condition");
    }

    @Test
    void aWhatIfLinkShowsWhatChangingOneFactAddsAndRemoves() {
        open(LAPC_3_2);
        driver.findElement(By.cssSelector("#case-facts a[href='#what-if-tumorSizeCm']")).click();
        assertThat(driver.findElement(By.id("what-if-tumorSizeCm")).isDisplayed()).isTrue();
        WebElement link = driver.findElement(By.cssSelector("tr[data-what-if=pacemaker] a[href*='to=YES']"));
        new WebDriverWait(driver, Browser.WAIT).until(ExpectedConditions.visibilityOf(link));
        Browser.clickThrough(driver, link);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("What if Pacemaker were yes instead of unknown?");
        assertThat(driver.findElements(By.cssSelector("#what-if-added [data-rule-id]")))
                .extracting(e -> e.getAttribute("data-rule-id")).contains("IRE-PACEMAKER");
        assertThat(driver.findElements(By.cssSelector("#what-if-removed [data-rule-id]")))
                .extracting(e -> e.getAttribute("data-rule-id")).contains("IRE-PACEMAKER-UNKNOWN");
        Browser.clickThrough(driver, driver.findElement(By.id("back-link")));
        assertThat(driver.getCurrentUrl()).endsWith(LAPC_3_2);
    }

    @Test
    void aLearnerPredictsThenSeesHitsAndMissesBesideTheRuleSetBeforeAnyReveal() {
        Scenario scenario = scenarios.walkthroughs().get(0);
        open("/walkthroughs/" + scenario.figure());
        List<WebElement> cautions = driver.findElements(By.cssSelector("input[name=caution]"));
        assertThat(driver.findElements(By.cssSelector("input[name=treatment]"))).isNotEmpty();
        driver.findElements(By.cssSelector("input[name=treatment]")).get(0).click();
        if (!cautions.isEmpty()) {
            cautions.get(0).click();
        }
        Browser.clickThrough(driver, driver.findElement(By.id("prediction-submit")));
        assertThat(driver.getCurrentUrl()).contains("/walkthroughs/" + scenario.figure() + "/predictions?treatment=");
        assertThat(driver.findElement(By.id("prediction-score")).getText()).startsWith("Treatments: ");
        assertThat(driver.findElements(By.cssSelector("#prediction-results tr[data-verdict]")))
                .extracting(r -> r.getAttribute("data-verdict")).isNotEmpty()
                .allMatch(v -> List.of("HIT", "MISS", "FALSE_PICK", "CORRECTLY_LEFT_OUT").contains(v));
        assertThat(top("#prediction-results")).isLessThan(top("#reveal-considerations"));
        assertThat(driver.findElements(By.cssSelector("input[name=treatment]")).get(0).isSelected()).isTrue();
    }

    @Test
    void theResultLinksItsPdfHandoutWithTheDisclaimerOnEveryPage() throws Exception {
        open("/cases/evaluation?stage=LOCALLY_ADVANCED&pacemaker=YES");
        String href = driver.findElement(By.id("pdf-link")).getAttribute("href");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(pdf).replaceAll("\\s+", " ")).as("page " + page)
                        .contains(Evaluation.DISCLAIMER.substring(0, 45));
            }
        }
    }
}
