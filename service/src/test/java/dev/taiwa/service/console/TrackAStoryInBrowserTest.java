package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15's Track A story in a real browser (Debian's headless Chromium), through the pages only:
 * a company files a pre-report for technology ㉔ with a counterparty in Viet Nam (not a Group A
 * country), the applicability check and lead time answering inline as it is filled in; the dialogue
 * officer finds it, assigns it, schedules and records a meeting, raises two concerns; the company
 * answers one; the officer resolves it and issues an inform citing the other; the company applies
 * for the licence answering each condition; the officer grants it with conditions and issues the
 * decision notice; the company downloads it. Another company's user gets 404 on the case, and a
 * form stripped of its token is refused. Each main page is photographed at 1280 and 390 px under
 * {@code target/console-screenshots/}.
 */
@MicronautTest(transactional = false)
class TrackAStoryInBrowserTest extends DatabaseTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static final String KEPT = "取引相手の最終需要者が不明";
  private static final String CITED = "技術者の退職時の流出";

  @Inject EmbeddedServer server;
  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private WebDriver browser;
  private WebDriverWait wait;
  private String base;
  private String filer;
  private String officer;
  private String stranger;

  @BeforeAll
  void startChromium() {
    Assumptions.assumeFalse(TestDatabase.isPostgres(), "runs in the SQLite execution only");
    HeadlessChromium.requireInstalled();
    World world = new World(organisations, users, hasher);
    filer = world.user("s-alpha-filer", world.alpha, Role.FILER);
    officer = world.user("s-officer", world.meti, Role.DIALOGUE_OFFICER);
    stranger = world.user("s-beta-filer", world.beta, Role.FILER);

    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    base = "http://" + server.getHost() + ":" + server.getPort();
  }

  @AfterAll
  void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theTrackAStoryRunsThroughThePages() throws IOException {
    // The company files its pre-report on the one-page form.
    signIn(filer);
    click(menu().findElement(By.linkText("事前報告を作成")));
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "事前報告の作成"));
    // The keyboard moves through native controls, and focus is visible where it lands.
    browser.findElement(By.id("technologyNumbers")).sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertEquals("transactionType", focused.getAttribute("id"));
    assertNotEquals("none", focused.getCssValue("outline-style"), "focus is visible");
    new Select(browser.findElement(By.id("technologyNumbers"))).selectByValue("24");
    new Select(browser.findElement(By.id("transactionType")))
        .selectByValue("CONTRACT_MANUFACTURING");
    WebElement country = browser.findElement(By.id("counterparty.countryCode"));
    country.sendKeys("VN", Keys.TAB);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check"), "事前報告が必要です"));
    setValue(By.id("plannedDate"), LocalDate.now(TOKYO).plusDays(60).toString());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check"), "期限内"));
    browser.findElement(By.id("counterparty.nameOriginal")).sendKeys("越南精密有限公司");
    browser
        .findElement(By.id("counterparty.nameRomanised"))
        .sendKeys("Vietnam Precision Co., Ltd.");
    browser.findElement(By.id("technologyDescription")).sendKeys("積層技術の製造委託に伴う技術提供");
    browser.findElement(By.id("contact.name")).sendKeys("試験 花子");
    screenshots("new-prereport", By.cssSelector("section.check"));
    WebElement email = browser.findElement(By.id("contact.email"));
    email.sendKeys("hanako@example.jp");
    submitBy(() -> email.sendKeys(Keys.ENTER)); // implicit submission: the keyboard alone files it
    wait.until(ExpectedConditions.urlMatches("/cases/[0-9a-f-]{36}$"));
    String casePage = browser.getCurrentUrl();
    String reference = browser.findElement(By.tagName("h1")).getText();
    assertTrue(reference.contains("提出済み"), reference);
    signOut();

    // The officer finds it in the unassigned queue (its sign-in lands on the queues), takes it.
    signIn(officer, "審査の案件");
    click(By.linkText("未割当て"));
    assertEquals("未割当て", browser.findElement(By.id("queue")).getText());
    String caseReference = reference.replace("事前報告", "").replace("提出済み", "").strip();
    browser.findElement(By.tagName("table")).findElement(By.linkText(caseReference)).click();
    wait.until(ExpectedConditions.urlToBe(casePage));
    click(By.xpath("//button[normalize-space()='自分を担当者にする']"));
    assertTrue(main().contains(officer + " さん"), "assigned to the officer");
    click(By.xpath("//button[normalize-space()='審査を開始する']"));
    setValue(
        By.id("schedule-startsAt"),
        LocalDateTime.now(TOKYO)
            .plusDays(3)
            .withSecond(0)
            .withNano(0)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    browser.findElement(By.id("schedule-place")).sendKeys("経済産業省 本館");
    browser.findElement(By.id("schedule-agendaVisible")).sendKeys("管理措置の確認");
    browser.findElement(By.id("schedule-agendaInternal")).sendKeys("内部: 取引先の調査結果");
    click(By.cssSelector("#schedule-meeting button[type=submit]"));
    browser
        .findElement(
            By.cssSelector("form[action$='/record-meeting'] textarea[name=minutesVisible]"))
        .sendKeys("管理措置の説明を受けた");
    browser
        .findElement(
            By.cssSelector("form[action$='/record-meeting'] textarea[name=minutesInternal]"))
        .sendKeys("内部: 追加調査が必要");
    click(By.cssSelector("form[action$='/record-meeting'] button[type=submit]"));
    assertTrue(main().contains("対話中"), "the first meeting held starts the dialogue");
    raiseConcern("COUNTERPARTY", KEPT, "取引相手の出資関係");
    raiseConcern("TECHNOLOGY_RETENTION", CITED, "同業他社の事例");
    screenshots("case-officer", By.id("work"));
    signOut();

    // The company sees two concerns to answer and answers one.
    signIn(filer);
    assertTrue(
        browser.findElement(By.id("concerns-to-answer")).getText().contains("2"),
        browser.findElement(By.id("concerns-to-answer")).getText());
    browser.get(casePage);
    String companyView = main();
    assertTrue(companyView.contains("管理措置の説明を受けた"), "the company-visible minutes");
    assertFalse(companyView.contains("内部: 追加調査が必要"), "no internal minutes");
    assertFalse(companyView.contains("内部: 取引先の調査結果"), "no internal agenda");
    WebElement answer = concernForm(KEPT, "answer-concern");
    answer.findElement(By.name("text")).sendKeys("最終需要者の誓約書を取得する");
    setValue(answer.findElement(By.name("dueDate")), LocalDate.now(TOKYO).plusDays(30).toString());
    click(answer.findElement(By.cssSelector("button[type=submit]")));
    screenshots("case-company", By.id("work-concerns"));
    signOut();

    // The officer resolves it and issues the inform citing the other.
    signIn(officer, "審査の案件");
    browser.get(casePage);
    WebElement resolve = concernForm(KEPT, "resolve-concern");
    resolve.findElement(By.name("reason")).sendKeys("誓約書で確認できる");
    click(resolve.findElement(By.cssSelector("button[type=submit]")));
    browser
        .findElement(
            By.xpath("//form[@id='issue-inform']//label[contains(., '" + CITED + "')]/input"))
        .click();
    browser.findElement(By.id("inform-conditions")).sendKeys("技術資料の持出し管理\n年1回の報告");
    browser.findElement(By.id("inform-summary")).sendKeys("技術流出の懸念が払拭されないため許可申請を求める");
    click(By.cssSelector("#issue-inform > fieldset > div > button[type=submit]"));
    assertTrue(main().contains("インフォーム済み"), main());
    signOut();

    // The company is told, and applies for the licence answering each condition.
    signIn(filer);
    WebElement told = menu().findElement(By.partialLinkText("お知らせ"));
    assertTrue(told.getText().matches("お知らせ（未読 [1-9][0-9]* 件）"), told.getText());
    click(told);
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "お知らせ"));
    assertTrue(main().contains("インフォームが発出されました"), main());
    assertFalse(browser.findElement(By.id("unread-count")).getText().contains("未読 0"));
    screenshots("notifications", By.tagName("h1"));
    browser.get(casePage);
    browser.findElement(By.id("apply-reference")).sendKeys("ALPHA-2026-001");
    setValue(By.id("apply-appliedOn"), LocalDate.now(TOKYO).toString());
    browser.findElement(By.cssSelector("input[name=accept-1][value=no]")).click();
    browser.findElement(By.id("apply-comment-1")).sendKeys("半年に1回の報告としたい");
    click(By.cssSelector("#apply-licence > fieldset > div > button[type=submit]"));
    assertTrue(main().contains("許可申請中"), main());
    signOut();

    // The officer grants it with conditions and issues the decision notice.
    signIn(officer, "審査の案件");
    browser.get(casePage);
    browser
        .findElement(By.cssSelector("input[name=decision][value=GRANTED_WITH_CONDITIONS]"))
        .click();
    browser.findElement(By.id("decide-items")).sendKeys("技術資料の持出し管理\n年1回の報告");
    browser.findElement(By.id("decide-summary")).sendKeys("条件を付して許可する");
    click(By.cssSelector("#decide-licence > fieldset > div > button[type=submit]"));
    new Select(browser.findElement(By.id("generate-kind")))
        .selectByValue("LICENCE_DECISION_NOTICE");
    click(By.cssSelector("#generate-document button[type=submit]"));
    signOut();

    // The company downloads the decision notice.
    signIn(filer);
    browser.get(casePage);
    assertTrue(main().contains("条件付き許可"), main());
    WebElement notice = browser.findElement(By.partialLinkText("許可申請に対する決定通知書"));
    String fetched =
        (String)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status"
                        + " + ' ' + r.headers.get('content-type') + ' ' + String.fromCharCode(...new"
                        + " Uint8Array(b.slice(0, 4))))));",
                    notice.getAttribute("href"));
    assertEquals("200 application/pdf %PDF", fetched);
    screenshots("case-decided", By.id("work-inform"));
    signOut();

    // Another company's user: not found; a form without its token: refused.
    signIn(stranger);
    browser.get(casePage);
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "見つかりません"));
    assertFalse(main().contains(caseReference));
    ((JavascriptExecutor) browser)
        .executeScript("document.querySelector('header.site form input[name=csrf]').remove()");
    WebElement before = browser.findElement(By.tagName("html"));
    browser.findElement(By.cssSelector("header.site button[type=submit]")).click();
    wait.until(ExpectedConditions.stalenessOf(before));
    assertEquals("操作できません", browser.findElement(By.tagName("h1")).getText());
    browser.get(base + "/");
    assertEquals("ホーム", browser.findElement(By.tagName("h1")).getText(), "still signed in");
  }

  private void signIn(String username) {
    signIn(username, "ホーム");
  }

  /** Signs in and checks the page it lands on (officers land on their queues). */
  private void signIn(String username, String landing) {
    browser.manage().deleteAllCookies();
    browser.get(base + "/signin");
    browser.findElement(By.name("username")).sendKeys(username);
    browser.findElement(By.name("password")).sendKeys(World.PASSWORD);
    click(By.cssSelector("form.stack button[type=submit]"));
    assertEquals(landing, browser.findElement(By.tagName("h1")).getText());
  }

  private WebElement menu() {
    return browser.findElement(By.cssSelector("header.site nav.menu"));
  }

  private void signOut() {
    click(By.cssSelector("header.site button[type=submit]"));
    assertEquals("ログイン", browser.findElement(By.tagName("h1")).getText());
  }

  private void raiseConcern(String category, String description, String information) {
    new Select(browser.findElement(By.id("raise-category"))).selectByValue(category);
    browser.findElement(By.id("raise-description")).sendKeys(description);
    browser.findElement(By.id("raise-concernInformation")).sendKeys(information);
    click(By.cssSelector("#raise-concern button[type=submit]"));
    assertTrue(main().contains(description), main());
  }

  /** The form posting to {@code action} in the card of the concern described as {@code text}. */
  private WebElement concernForm(String text, String action) {
    return browser.findElement(
        By.xpath(
            "//section[@id='work']//section[contains(., '"
                + text
                + "')]//form[contains(@action, '/"
                + action
                + "')]"));
  }

  private String main() {
    return browser.findElement(By.tagName("main")).getText();
  }

  /** Clicks and waits for the next page to load (every form answers with a page). */
  private void click(By button) {
    click(browser.findElement(button));
  }

  private void click(WebElement button) {
    submitBy(button::click);
  }

  private void submitBy(Runnable action) {
    WebElement page = browser.findElement(By.tagName("html"));
    action.run();
    wait.until(ExpectedConditions.stalenessOf(page));
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    assertFalse(
        browser.findElement(By.tagName("main")).getText().contains("入力内容を確認"),
        "refused: " + main());
    assertTrue(
        browser.findElements(By.cssSelector("main .error[role=alert]")).isEmpty(),
        "refused: " + main());
  }

  /** Date and time inputs take their value as the page's script would, then tell the page. */
  private void setValue(By input, String value) {
    setValue(browser.findElement(input), value);
  }

  private void setValue(WebElement input, String value) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            input,
            value);
  }

  /**
   * Photographs the page at 1280 and 390 px wide, scrolled to {@code shown}, after checking that
   * every field of its forms has a label bound to it.
   */
  private void screenshots(String name, By shown) throws IOException {
    Object unlabelled =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return [...document.querySelectorAll('main input:not([type=hidden]), main select,"
                    + " main textarea')].filter(e => e.labels.length === 0).map(e => e.name)"
                    + ".join(', ');");
    assertEquals("", unlabelled, name + ": fields without a label");
    for (int width : new int[] {1280, 390}) {
      browser.manage().window().setSize(new Dimension(width, 900));
      ((JavascriptExecutor) browser)
          .executeScript("arguments[0].scrollIntoView()", browser.findElement(shown));
      HeadlessChromium.screenshot(browser, name + "-" + width);
    }
    browser.manage().window().setSize(new Dimension(1280, 900));
  }
}
