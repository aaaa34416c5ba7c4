package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (Debian's headless Chromium driven through its chromedriver): a
 * filer signs in, sees its home and opens its case. Screenshots land in {@code
 * target/console-screenshots/}. Without {@code /usr/bin/chromedriver} the test is skipped on a
 * developer's machine and fails in CI ({@code CI=true}), where {@code .ci/run} installs it.
 */
@MicronautTest(transactional = false)
class ConsoleInBrowserTest extends DatabaseTest {

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private WebDriver browser;
  private String filer;
  private String reference;

  @BeforeAll
  void startChromium() {
    Assumptions.assumeFalse(TestDatabase.isPostgres(), "runs in the SQLite execution only");
    HeadlessChromium.requireInstalled();
    World world = new World(organisations, users, hasher);
    filer = world.user("b-alpha-filer", world.alpha, Role.FILER);
    ApiClient api = new ApiClient(http);
    String token = api.login(filer, World.PASSWORD);
    Map<String, Object> created =
        api.graphql(
                token,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                    + " id reference } } }",
                Map.of("in", CaseFixture.form("browser")))
            .at("createPreReportDraft.preReport");
    reference = (String) created.get("reference");
    api.graphql(
        token,
        "mutation($id: ID!) { submitPreReport(id: $id) { errors { code } } }",
        Map.of("id", created.get("id")));

    browser = HeadlessChromium.start();
  }

  @AfterAll
  void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aFilerSignsInSeesItsHomeAndOpensItsCase() throws IOException {
    String base = "http://" + server.getHost() + ":" + server.getPort();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

    browser.get(base + "/");
    wait.until(ExpectedConditions.urlToBe(base + "/signin"));
    screenshot("signin-1280");
    browser.findElement(By.name("username")).sendKeys(filer);
    browser.findElement(By.name("password")).sendKeys(World.PASSWORD);
    browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();

    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "ホーム"));
    assertEquals(base + "/", browser.getCurrentUrl());
    String home = browser.findElement(By.tagName("main")).getText();
    assertTrue(home.contains(reference), home);
    assertTrue(home.contains("提出済み"), home);
    assertTrue(browser.findElement(By.cssSelector("header.site")).getText().contains("アルファ電材株式会社"));
    screenshot("home-1280");
    browser.manage().window().setSize(new Dimension(390, 844));
    screenshot("home-390");
    browser.manage().window().setSize(new Dimension(1280, 900));

    browser.findElement(By.linkText(reference)).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), reference));
    assertTrue(browser.getCurrentUrl().startsWith(base + "/cases/"), browser.getCurrentUrl());
    screenshot("case-1280");

    browser.findElement(By.cssSelector("header.site button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "ログイン"));
    browser.get(base + "/");
    wait.until(ExpectedConditions.urlToBe(base + "/signin"));
  }

  private void screenshot(String name) {
    HeadlessChromium.screenshot(browser, name);
  }
}
