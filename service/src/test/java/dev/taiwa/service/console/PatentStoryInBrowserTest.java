package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
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
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16's patent story in a real browser (Debian's headless Chromium), through the pages only:
 * the examiner finds the application in the screening queue, reads the workbench (the field the IPC
 * mapping suggests with the IPC code that triggered it, the additional-requirement facts, the
 * 3-month due date with its explanation) and sends it to review; the reviewer starts the review and
 * issues a prior notice; the company, told it may not file abroad and why, maintains the
 * application naming a sharing business; the reviewer designates it and issues the designation
 * notice; an examiner not assigned to it sees only its number and state; the company downloads the
 * notice and asks for working permission and the reviewer grants it with conditions, extends the
 * designation and lifts it; the company, now free to file abroad, claims compensation, which the
 * reviewer assesses (with a note the company never reads) and decides. Each step's page is
 * photographed under {@code target/console-screenshots/}.
 */
@MicronautTest(transactional = false)
class PatentStoryInBrowserTest extends DatabaseTest {
  private static final String TITLE = "誘導飛しょう体の終末誘導装置";
  private static final String CONDITIONS = "試作は国内の管理区域内に限る";
  private static final String NOTE = "設置費用の見積書を確認した";

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private WebDriver browser;
  private BrowserSteps steps;
  private String examiner;
  private String otherExaminer;
  private String reviewer;
  private String filer;
  private String applicationPath;
  private String number;
  private String screeningDue;

  @BeforeAll
  void startChromiumAndFileTheApplication() {
    Assumptions.assumeFalse(TestDatabase.isPostgres(), "runs in the SQLite execution only");
    HeadlessChromium.requireInstalled();
    World world = new World(organisations, users, hasher);
    examiner = world.user("p-examiner", world.meti, Role.PATENT_EXAMINER);
    otherExaminer = world.user("p-examiner-2", world.meti, Role.PATENT_EXAMINER);
    reviewer = world.user("p-reviewer", world.meti, Role.SECURITY_REVIEWER);
    filer = world.user("p-alpha-filer", world.alpha, Role.FILER);
    String admin = world.user("p-admin", world.meti, Role.ADMIN);
    ApiClient api = new ApiClient(http);
    PatentConsoleFixture fixture = PatentConsoleFixture.ofAlpha(api, world, admin, examiner);
    fixture.mapFields();
    PatentConsoleFixture.Registered filed =
        fixture.register(TITLE, LocalDate.now(JapanTime.ZONE).minusDays(10));
    number = filed.number();
    screeningDue = filed.screeningDue();
    applicationPath = "/patents/" + filed.id();

    browser = HeadlessChromium.start();
    steps = new BrowserSteps(browser, "http://" + server.getHost() + ":" + server.getPort());
  }

  @AfterAll
  void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void thePatentStoryRunsThroughThePages() {
    LocalDate today = LocalDate.now(JapanTime.ZONE);

    // The examiner lands on the patent applications, finds the one to screen and screens it.
    steps.signIn(examiner);
    assertEquals("特許出願", steps.h1());
    WebElement queue = browser.findElement(By.id("screening-table"));
    assertTrue(queue.getText().contains(number), queue.getText());
    steps.screenshots("patent-screening-queue", By.id("screening"));
    steps.click(queue.findElement(By.linkText(number)));
    String bench = browser.findElement(By.id("workbench")).getText();
    assertTrue(bench.contains("第3号 誘導武器等に関する技術"), bench);
    assertTrue(bench.contains("F41G 7/00"), "the IPC code that triggered it: " + bench);
    assertTrue(bench.contains("付加要件を満たす事実はありません"), bench);
    assertTrue(bench.contains(screeningDue), "the 3-month due date " + screeningDue + ": " + bench);
    assertFalse(
        browser.findElement(By.id("screening-due-explanation")).getText().isBlank(),
        "the due date's explanation");
    assertTrue(steps.main().contains(TITLE), "the assigned examiner reads the content");
    browser.findElement(By.cssSelector("#screen input[value=SEND_TO_REVIEW]")).click();
    browser.findElement(By.cssSelector("#screen input[name=field-3]")).click();
    steps.type("screen-reason", "IPC F41G 7/00 が第3号に該当する");
    steps.screenshots("patent-workbench", By.id("workbench"));
    steps.click(By.cssSelector("#screen button[type=submit]"));
    assertTrue(steps.h1().contains("保全審査に送付済み"), steps.h1());
    steps.signOut();

    // The reviewer takes it from the review queue, starts the review and issues a prior notice.
    steps.signIn(reviewer);
    steps.open("/patents");
    WebElement review = browser.findElement(By.id("review-table"));
    steps.click(review.findElement(By.linkText(number)));
    steps.click(By.cssSelector("#start-review button[type=submit]"));
    assertTrue(steps.h1().contains("保全審査中"), steps.h1());
    steps.type("prior-notice-text", "保全指定をする予定であるため、出願を維持するか回答してください");
    steps.click(By.cssSelector("#prior-notice button[type=submit]"));
    assertTrue(steps.h1().contains("事前通知済み"), steps.h1());
    steps.screenshots("patent-prior-notice", By.id("records"));
    steps.signOut();

    // The company may not file abroad, and is told why; it maintains the application.
    steps.signIn(filer);
    steps.click(steps.menu().findElement(By.linkText("特許出願")));
    WebElement mine = browser.findElement(By.id("mine-table"));
    assertTrue(mine.getText().contains("外国出願できません"), mine.getText());
    steps.screenshots("patent-company-list", By.id("mine"));
    steps.click(mine.findElement(By.linkText(number)));
    String gate = browser.findElement(By.id("gate")).getText();
    assertTrue(gate.contains("外国出願できません") && gate.contains("保全審査中"), gate);
    steps.type("maintain-name-0", "共同開発株式会社");
    steps.type("maintain-address-0", "東京都港区芝公園一丁目1番1号");
    steps.type("maintain-role-0", "試作品の製造");
    steps.screenshots("patent-maintain", By.id("gate"));
    steps.click(By.cssSelector("#maintain button[type=submit]"));
    assertTrue(steps.h1().contains("出願維持の回答済み"), steps.h1());
    steps.signOut();

    // The reviewer designates it for six months.
    steps.signIn(reviewer);
    steps.open(applicationPath);
    steps.setValue("designate-periodEnd", today.plusMonths(6).toString());
    steps.type("designate-reason", "誘導技術の流出防止のため");
    steps.click(By.cssSelector("#designate button[type=submit]"));
    assertTrue(steps.h1().contains("保全指定中"), steps.h1());
    assertTrue(
        browser.findElement(By.id("main")).getText().contains(today.plusMonths(6).toString()),
        "the period's end");
    new Select(browser.findElement(By.id("generate-kind"))).selectByValue("DESIGNATION_NOTICE");
    steps.click(By.cssSelector("#generate-document button[type=submit]"));
    assertTrue(browser.findElement(By.id("documents")).getText().contains("保全指定通知書"));
    steps.screenshots("patent-designated", By.id("designation"));
    steps.signOut();

    // An examiner not assigned to it sees the skeleton only.
    steps.signIn(otherExaminer);
    steps.open(applicationPath);
    assertTrue(steps.h1().contains(number) && steps.h1().contains("保全指定中"), steps.h1());
    assertTrue(browser.findElements(By.id("withheld")).size() == 1, "told it is withheld");
    String skeleton = steps.main();
    assertFalse(skeleton.contains(TITLE), skeleton);
    assertFalse(skeleton.contains("F41G"), skeleton);
    assertFalse(skeleton.contains("共同開発株式会社"), skeleton);
    assertTrue(browser.findElements(By.id("records")).isEmpty(), "no records");
    steps.screenshots("patent-skeleton", By.id("withheld"));
    steps.signOut();

    // The company downloads the designation notice and asks for working permission.
    steps.signIn(filer);
    steps.open(applicationPath);
    WebElement notice = browser.findElement(By.partialLinkText("保全指定通知書"));
    assertEquals("200 application/pdf %PDF", steps.download(notice.getAttribute("href")));
    new Select(browser.findElement(By.id("file-kind"))).selectByValue("WORKING_PERMISSION_REQUEST");
    steps.type("file-text", "試作品を国内工場で製造したい");
    steps.click(By.cssSelector("#file-obligation > fieldset > div > button[type=submit]"));
    assertTrue(steps.main().contains("実施の許可の申請"), steps.main());
    steps.signOut();

    // The reviewer grants it with conditions, extends the designation and lifts it.
    steps.signIn(reviewer);
    steps.open(applicationPath);
    WebElement decide = browser.findElement(By.cssSelector("form[action$='/decide-obligation']"));
    new Select(decide.findElement(By.name("kind"))).selectByValue("WORKING_PERMISSION_GRANTED");
    decide.findElement(By.name("text")).sendKeys(CONDITIONS);
    steps.screenshots("patent-obligation", By.id("work-records"));
    steps.click(decide.findElement(By.cssSelector("button[type=submit]")));
    String records = browser.findElement(By.id("records-table")).getText();
    assertTrue(records.contains("実施の許可") && records.contains(CONDITIONS), records);
    steps.setValue("extend-periodEnd", today.plusMonths(12).toString());
    steps.type("extend-reason", "技術の機微性が継続しているため");
    steps.click(By.cssSelector("#extend button[type=submit]"));
    String designation = browser.findElement(By.id("main")).getText();
    assertTrue(designation.contains(today.plusMonths(12).toString()), designation);
    steps.screenshots("patent-extended", By.id("designation"));
    steps.type("lift-reason", "機微性が失われたため");
    steps.setValue("lift-noticeDate", today.toString());
    steps.click(By.cssSelector("#lift button[type=submit]"));
    assertTrue(steps.h1().contains("保全指定解除"), steps.h1());
    steps.signOut();

    // The company may now file abroad, and claims compensation for the conditions.
    steps.signIn(filer);
    steps.open(applicationPath);
    gate = browser.findElement(By.id("gate")).getText();
    assertTrue(gate.contains("外国出願できます"), gate);
    steps.type("claim-amountYen", "1200000");
    new Select(browser.findElement(By.id("claim-cause")))
        .selectByValue("WORKING_PERMISSION_CONDITIONS");
    steps.type("claim-basis", "管理区域の設置費用");
    steps.click(By.cssSelector("#claim-compensation button[type=submit]"));
    String claims = browser.findElement(By.id("claims-table")).getText();
    assertTrue(claims.contains("1,200,000円") && claims.contains("実施の許可に条件が付された"), claims);
    steps.screenshots("patent-compensation", By.id("claims"));
    steps.signOut();

    // The reviewer notes the assessment and decides the amount; the company reads the decision.
    steps.signIn(reviewer);
    steps.open(applicationPath);
    browser
        .findElement(By.cssSelector("form[action$='/note-claim'] textarea[name=text]"))
        .sendKeys(NOTE);
    steps.click(By.cssSelector("form[action$='/note-claim'] button[type=submit]"));
    browser
        .findElement(By.cssSelector("form[action$='/decide-claim'] input[name=amountYen]"))
        .sendKeys("1000000");
    browser
        .findElement(By.cssSelector("form[action$='/decide-claim'] textarea[name=reason]"))
        .sendKeys("通常生ずべき損失の額");
    steps.click(By.cssSelector("form[action$='/decide-claim'] button[type=submit]"));
    assertTrue(steps.main().contains(NOTE), "the reviewer reads its note");
    claims = browser.findElement(By.id("claims-table")).getText();
    assertTrue(claims.contains("1,000,000円") && claims.contains("決定済み"), claims);
    steps.screenshots("patent-compensation-decided", By.id("claims"));
    steps.signOut();
    steps.signIn(filer);
    steps.open(applicationPath);
    claims = browser.findElement(By.id("claims-table")).getText();
    assertTrue(claims.contains("1,000,000円") && claims.contains("通常生ずべき損失の額"), claims);
    assertFalse(steps.main().contains(NOTE), "the assessment notes are the Cabinet Office's");
    steps.signOut();
  }
}
