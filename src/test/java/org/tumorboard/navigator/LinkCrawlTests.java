package org.tumorboard.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tumorboard.navigator.engine.Evaluation;

/**
 * Every page reachable from home, crawled over HTTP: no link answers 4xx/5xx, no anchor is missing, no id repeats;
 * one page of each kind is also loaded in the browser ({@link Browser}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class LinkCrawlTests {

    /** A guard against a crawl that never ends (e.g. links generating links); far above the real page count. */
    static final int MAX_PAGES = 3000;

    @LocalServerPort
    int port;

    private WebDriver driver;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void useBrowser(WebDriver driver) {
        this.driver = driver;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void open(String path) {
        Browser.open(driver, url(path));
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

    /**
     * The kind of page an address shows ({@code /rules/{id}}, {@code /cases/evaluation?{case}}): every address is
     * checked over HTTP, and one page of each kind is also loaded in the browser, which keeps the class fast.
     */
    static String kindOf(String path) {
        String kind = path.replaceFirst("\\?.*", "?{case}");
        kind = kind.replaceFirst("^/rules/[^/?]+", "/rules/{id}");
        return kind.replaceFirst("^/walkthroughs/[^/?]+", "/walkthroughs/{figure}");
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
