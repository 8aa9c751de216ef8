package org.tumorboard.navigator.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tumorboard.navigator.engine.Citation;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLibrary;

/**
 * The pages in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), against the real
 * rule set under {@code rules/}. Selenium is pointed at the installed driver and browser, so it never downloads
 * anything. Without Chromium every test shows as skipped with the reason, except on CI ({@code CI=true}), where
 * that is a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTests {

    /** Debian's paths; elsewhere set {@code -Dtumorboard.chromium=…} and {@code -Dtumorboard.chromedriver=…}. */
    static final Path CHROMIUM = Path.of(System.getProperty("tumorboard.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("tumorboard.chromedriver", "/usr/bin/chromedriver"));
    static final Duration WAIT = Duration.ofSeconds(15);
    /** A guard against a crawl that never ends (e.g. links generating links); far above the real page count. */
    static final int MAX_PAGES = 3000;

    private static WebDriver driver;
    private static ChromeDriverService service;
    private static Path profile;

    @LocalServerPort
    int port;

    @Autowired
    ScenarioLibrary scenarios;

    @Autowired
    RuleEngine engine;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Why the browser tests cannot run here, or null. */
    private static String missing;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            missing = "Chromium and its driver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                    + " for the browser tests (see README, \"Chromium for the browser tests\")";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(missing + "; on CI (CI=true) that is a failure.");
            }
            return;
        }
        profile = Files.createTempDirectory("tumor-board-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024", "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
    }

    /** Each test shows as skipped, with the reason, where Chromium is missing (outside CI). */
    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(missing == null, () -> missing + "; skipped outside CI.");
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Loads a page and waits until it has finished loading. */
    private void open(String path) {
        driver.get(url(path));
        waitForLoad();
    }

    private void waitForLoad() {
        new WebDriverWait(driver, WAIT).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
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
        for (RecordComponent component : CaseFacts.class.getRecordComponents()) {
            Object value = read(facts, component);
            if (value == null) {
                continue;
            }
            String name = component.getName();
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
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/cases/evaluation?"));
        waitForLoad();

        Evaluation expected = engine.evaluate(facts);
        assertThat(driver.getTitle()).contains("What the review reports");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(Evaluation.DISCLAIMER);
        assertThat(driver.findElements(By.cssSelector("article.card[data-rule-id]")))
                .extracting(card -> card.getAttribute("data-rule-id"))
                .containsExactlyInAnyOrderElementsOf(expected.considerations().stream().map(Consideration::ruleId).toList())
                .containsAll(scenario.fires().stream().filter(id -> engine.ruleSet().rule(id)
                        .map(r -> !r.derivation()).orElse(false)).toList());
        assertThat(expected.considerations()).isNotEmpty();
        for (Consideration c : expected.considerations()) {
            WebElement card = driver.findElement(By.id("consideration-" + c.ruleId()));
            // textContent: the stage background is folded, and a folded card's text is not displayed.
            assertThat(card.findElement(By.cssSelector(".consideration-title")).getAttribute("textContent")).isEqualTo(c.title());
            List<String> hrefs = card.findElements(By.cssSelector(".citations a")).stream()
                    .map(a -> URI.create(a.getAttribute("href")).getFragment()).toList();
            assertThat(hrefs).containsExactlyElementsOf(c.citations().stream()
                    .map(Citation::reviewRef).map(ref -> ref == null ? "review" : "ref-" + ref).toList());
        }
        assertThat(driver.findElement(By.id("json-link")).getAttribute("href"))
                .endsWith(CaseQuery.jsonUrl(facts));
    }

    @Test
    void aWalkthroughRevealsItsConsiderationsAndOutcomeOnRequest() {
        Scenario scenario = firstWalkthrough();
        open("/walkthroughs/" + scenario.figure());
        WebElement considerations = driver.findElement(By.id("reveal-considerations"));
        WebElement outcome = driver.findElement(By.id("reveal-outcome"));
        assertThat(considerations.getAttribute("open")).isNull();
        List<WebElement> cards = considerations.findElements(By.cssSelector("article.card"));
        assertThat(cards).isNotEmpty().noneMatch(WebElement::isDisplayed);

        considerations.findElement(By.tagName("summary")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOf(considerations.findElement(By.id("case-summary"))));
        assertThat(considerations.getAttribute("open")).isNotNull();
        // The case-specific cards show at once; the stage background stays folded per treatment until opened.
        assertThat(considerations.findElements(By.cssSelector("#case-specific article.card"))).allMatch(WebElement::isDisplayed);
        assertThat(considerations.findElements(By.cssSelector("#stage-background article.card"))).noneMatch(WebElement::isDisplayed);

        WebElement text = outcome.findElement(By.cssSelector(".outcome"));
        assertThat(text.isDisplayed()).isFalse();
        outcome.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOf(text));
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
    void everyLinkFromEveryPageReachableFromHomeWorks() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        Map<String, Set<String>> anchorsWanted = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new HashSet<>(queue);
        List<String> broken = new ArrayList<>();
        while (!queue.isEmpty()) {
            assertThat(seen.size()).as("pages reachable from home").isLessThan(MAX_PAGES);
            String path = queue.poll();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                broken.add(response.statusCode() + " " + path);
                continue;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue;
            }
            pages.put(path, response.body());
            List<String> ids = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(response.body()).results()
                    .map(r -> r.group(1)).toList();
            ids.stream().filter(id -> ids.indexOf(id) != ids.lastIndexOf(id)).distinct()
                    .forEach(id -> broken.add("duplicate id=\"" + id + "\" on " + path));
            for (String href : links(response.body())) {
                URI target = URI.create(url(path)).resolve(href.replace("&amp;", "&"));
                if (!Objects.equals(target.getHost(), "localhost") || target.getPort() != port) {
                    continue;
                }
                String local = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
                if (target.getFragment() != null && !target.getFragment().isEmpty()) {
                    anchorsWanted.computeIfAbsent(local, k -> new HashSet<>()).add(target.getFragment());
                }
                if (seen.add(local)) {
                    queue.add(local);
                }
            }
        }
        assertThat(broken).as("links answered with 4xx/5xx, and duplicate ids").isEmpty();
        assertThat(pages.keySet()).contains("/", "/cases/new", "/walkthroughs", "/literature", "/rules");
        List<String> missingAnchors = new ArrayList<>();
        anchorsWanted.forEach((page, ids) -> ids.forEach(id -> {
            if (pages.containsKey(page) && !pages.get(page).contains("id=\"" + id + "\"")) {
                missingAnchors.add(page + "#" + id);
            }
        }));
        assertThat(missingAnchors).as("links to an anchor the target page does not have").isEmpty();
        Map<String, String> onePerKind = new LinkedHashMap<>();
        pages.keySet().forEach(path -> onePerKind.putIfAbsent(kindOf(path), path));
        assertThat(onePerKind.keySet()).contains("/rules/{id}", "/walkthroughs/{figure}", "/cases/evaluation?{case}");
        for (String path : onePerKind.values()) {
            open(path);
            assertThat(driver.getTitle()).as("title of " + path).isNotBlank().contains("Tumor Board Navigator");
            assertThat(driver.findElement(By.cssSelector("aside.disclaimer")).getText()).as(path)
                    .contains(Evaluation.DISCLAIMER);
            assertThat(driver.findElements(By.cssSelector("header nav a"))).as(path).hasSize(5);
        }
    }

    @Test
    void anUnknownAddressGetsTheFriendlyNotFoundPage() throws Exception {
        open("/no-such-page");
        assertThat(driver.getTitle()).isEqualTo("Page not found · Tumor Board Navigator");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(driver.getPageSource()).doesNotContain("Exception").doesNotContain("at org.");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/rules/NO-SUCH-RULE")))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<title>Page not found · Tumor Board Navigator</title>");
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
            // Every card prints, the folded stage background too (isDisplayed would count a closed <details> as hidden).
            assertThat(driver.findElements(By.cssSelector("article.card"))).allMatch(card -> Boolean.TRUE.equals(
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

    /**
     * The kind of page an address shows ({@code /rules/{id}}, {@code /cases/evaluation?{case}}): every address is
     * checked over HTTP, and one page of each kind is also loaded in the browser, which keeps the class fast.
     */
    static String kindOf(String path) {
        String kind = path.replaceFirst("\\?.*", "?{case}");
        kind = kind.replaceFirst("^/rules/[^/?]+", "/rules/{id}");
        return kind.replaceFirst("^/walkthroughs/[^/?]+", "/walkthroughs/{figure}");
    }

    private static Object read(CaseFacts facts, RecordComponent component) {
        try {
            return component.getAccessor().invoke(facts);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Links to follow; {@code rel="nofollow"} marks the what-if links, one per fact and value on every result page. */
    private static final Pattern HREF = Pattern.compile("<(?:a|link)\\b(?![^>]*\\brel=\"nofollow\")[^>]*\\bhref=\"([^\"]*)\"");

    /** The targets of every link and stylesheet of a page. */
    static List<String> links(String html) {
        Matcher m = HREF.matcher(html);
        List<String> links = new ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }
}
