package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.service.http.World;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a browser test does on the console's pages: sign in and out, follow a link or submit a form
 * and wait for the page it answers with (refusing to go on past a refused form), fill a date as the
 * page's script would, and photograph a page at desktop and phone widths after checking every field
 * has its label.
 */
final class BrowserSteps {
  final WebDriver browser;
  final WebDriverWait wait;
  private final String base;

  BrowserSteps(WebDriver browser, String base) {
    this.browser = browser;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    this.base = base;
  }

  void signIn(String username) {
    browser.manage().deleteAllCookies();
    browser.get(base + "/signin");
    browser.findElement(By.name("username")).sendKeys(username);
    browser.findElement(By.name("password")).sendKeys(World.PASSWORD);
    click(By.cssSelector("form.stack button[type=submit]"));
  }

  void signOut() {
    click(By.cssSelector("header.site button[type=submit]"));
    assertEquals("ログイン", browser.findElement(By.tagName("h1")).getText());
  }

  void open(String path) {
    browser.get(base + path);
  }

  WebElement menu() {
    return browser.findElement(By.cssSelector("header.site nav.menu"));
  }

  String main() {
    return browser.findElement(By.tagName("main")).getText();
  }

  String h1() {
    return browser.findElement(By.tagName("h1")).getText();
  }

  /** Clicks and waits for the next page to load (every form answers with a page). */
  void click(By button) {
    click(browser.findElement(button));
  }

  void click(WebElement button) {
    WebElement page = browser.findElement(By.tagName("html"));
    button.click();
    wait.until(ExpectedConditions.stalenessOf(page));
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    assertTrue(
        browser.findElements(By.cssSelector("main .error[role=alert]")).isEmpty(),
        "refused: " + main());
  }

  /**
   * Downloads {@code href} as the page's own script would (with the session's cookie): its status,
   * content type and first four bytes, e.g. {@code 200 application/pdf %PDF}.
   */
  String download(String href) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status"
                    + " + ' ' + r.headers.get('content-type') + ' ' + String.fromCharCode(...new"
                    + " Uint8Array(b.slice(0, 4))))));",
                href);
  }

  /** Types into the field with this id. */
  void type(String id, String text) {
    browser.findElement(By.id(id)).sendKeys(text);
  }

  /** Date inputs take their value as the page's script would, then tell the page. */
  void setValue(String id, String value) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            browser.findElement(By.id(id)),
            value);
  }

  /**
   * Photographs the page at 1280 and 390 px wide, scrolled to {@code shown}, after checking that
   * every field of its forms has a label bound to it.
   */
  void screenshots(String name, By shown) {
    Object unlabelled =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return [...document.querySelectorAll('main input:not([type=hidden]), main select,"
                    + " main textarea')].filter(e => e.labels.length === 0).map(e => e.name)"
                    + ".join(', ');");
    assertEquals("", unlabelled, name + ": fields without a label");
    assertFalse(main().isBlank(), name);
    for (int width : new int[] {1280, 390}) {
      browser.manage().window().setSize(new Dimension(width, 900));
      ((JavascriptExecutor) browser)
          .executeScript("arguments[0].scrollIntoView()", browser.findElement(shown));
      HeadlessChromium.screenshot(browser, name + "-" + width);
    }
    browser.manage().window().setSize(new Dimension(1280, 900));
  }
}
