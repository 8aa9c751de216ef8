package org.tumorboard.navigator.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tumorboard.navigator.Browser;
import org.tumorboard.navigator.accounts.Accounts;
import org.tumorboard.navigator.accounts.Role;

/**
 * Review in a real headless Chromium ({@link Browser}): two reviewers sign in in turn, each
 * records a faithful verdict on a rule's page, and the rule's badge goes from unreviewed to approved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tumorboard.rules-dir=src/test/resources/rulesets/starter")
@ExtendWith(Browser.class)
class ReviewBrowserTests {

    static final String PASSWORD = "correct horse battery";
    static final String RULE = "IRE-PACEMAKER";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private WebDriver driver;

    @BeforeEach
    void useBrowser(WebDriver driver) {
        this.driver = driver;
    }

    private void open(String path) {
        Browser.open(driver, "http://localhost:" + port + path);
    }

    private String badge() {
        return driver.findElement(By.cssSelector("#review .review-status")).getAttribute("data-status");
    }

    private void signInAndReview(String name) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        new WebDriverWait(driver, Browser.WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        open("/rules/" + RULE);
        driver.findElement(By.id("verdict-faithful")).click();
        driver.findElement(By.cssSelector("#review-form button[type=submit]")).click();
        new WebDriverWait(driver, Browser.WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#review .notice")));
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
        new WebDriverWait(driver, Browser.WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-out")));

        signInAndReview("saul");
        assertThat(badge()).isEqualTo("APPROVED");
        assertThat(driver.findElement(By.cssSelector("#review .review-status")).getText()).isEqualTo("Approved");
        open("/rules");
        assertThat(driver.findElement(By.xpath("//table[contains(@class,'rule-index')]//tr[td/a[text()='" + RULE
                + "']]//span[contains(@class,'review-status')]")).getAttribute("data-status")).isEqualTo("APPROVED");
    }
}
