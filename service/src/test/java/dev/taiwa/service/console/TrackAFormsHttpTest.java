package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Track A forms over HTTP as a browser posts them: the company's one-page pre-report with its
 * inline applicability check, and every step of the dialogue through the case page's forms, each
 * calling the use case the API calls. A refused form comes back with what was typed and each reason
 * next to its field; a stale one (CONFLICT) also says what changed; a form without its token
 * changes nothing; another company's user sees neither the case nor its documents.
 */
@MicronautTest(transactional = false)
class TrackAFormsHttpTest extends DatabaseTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final Pattern CASE_LINK = Pattern.compile("/cases/([0-9a-f-]{36})");

  @Inject EmbeddedServer server;
  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private String filer;
  private String stranger;
  private String officer;
  private String secondOfficer;

  @BeforeAll
  void people() {
    World world = new World(organisations, users, hasher);
    filer = world.user("f-alpha-filer", world.alpha, Role.FILER);
    stranger = world.user("f-beta-filer", world.beta, Role.FILER);
    officer = world.user("f-officer", world.meti, Role.DIALOGUE_OFFICER);
    secondOfficer = world.user("f-officer-2", world.meti, Role.DIALOGUE_OFFICER);
  }

  @Test
  void theApplicabilityCheckAnswersForWhatIsChosenWithTheLeadTime() {
    try (ConsoleBrowser company = signedIn(filer)) {
      String planned = LocalDate.now(TOKYO).plusDays(60).toString();
      String nonGroupA =
          company
              .get(
                  "/cases/new/check?technologyNumbers=24&counterparty.countryCode=VN"
                      + "&transactionType=CONTRACT_MANUFACTURING&plannedDate="
                      + planned
                      + "&plannedDateKind=CONTRACT")
              .html();
      String groupA =
          company
              .get(
                  "/cases/new/check?technologyNumbers=24&counterparty.countryCode=US"
                      + "&transactionType=CONTRACT_MANUFACTURING")
              .html();

      assertTrue(nonGroupA.contains("事前報告が必要です"), nonGroupA);
      assertTrue(nonGroupA.contains("期限内"), "60 days ahead is on time: " + nonGroupA);
      assertTrue(nonGroupA.contains("ベトナム（VN）はグループA国ではありません。"), nonGroupA);
      assertTrue(nonGroupA.contains("外国企業への委託生産は報告対象の行為です。"), nonGroupA);
      assertTrue(nonGroupA.contains("の60日前です。"), "the lead time's arithmetic: " + nonGroupA);
      assertFalse(nonGroupA.contains("is a reportable act"), "no English on a Japanese page");
      assertFalse(nonGroupA.contains("Filed "), "no English on a Japanese page");
      assertTrue(groupA.contains("アメリカ合衆国（US）はグループA国です。"), groupA);
      assertFalse(groupA.contains("事前報告が必要です"), groupA);
      assertFalse(groupA.contains("報告の時期"), "no planned date, no lead time: " + groupA);
    }
  }

  @Test
  void aRefusedPreReportKeepsWhatWasTypedWithEachReasonAtItsField() {
    try (ConsoleBrowser company = signedIn(filer)) {
      String token = company.get("/cases/new").csrf();
      Map<String, String> form = completeForm("refused");
      form.put("csrf", token);
      form.put("counterparty.countryCode", "XX");
      form.put("contact.name", "");

      ConsoleBrowser.Page refused = company.post("/cases/new", form);

      assertEquals(422, refused.status(), refused.html());
      String html = refused.html();
      assertTrue(html.contains("value=\"XX\""), "the typed country is kept");
      assertTrue(html.contains("試験用の技術説明 refused"), "the typed description is kept");
      assertTrue(
          html.matches("(?s).*id=\"counterparty.countryCode\"[^>]*aria-invalid=\"true\".*"),
          "the country field is marked invalid: " + html);
      assertTrue(html.contains("id=\"counterparty.countryCode-error\""), html);
      assertTrue(html.contains("id=\"contact.name-error\""), html);
      assertFalse(company.get("/").html().contains("refused"), "nothing was filed");
    }
  }

  @Test
  void theWholeTrackAStoryRunsThroughTheForms() {
    try (ConsoleBrowser company = signedIn(filer);
        ConsoleBrowser meti = signedIn(officer);
        ConsoleBrowser other = signedIn(stranger)) {
      String casePath = file(company, "story");
      String page = meti.get(casePath).html();
      assertTrue(page.contains("提出済み"), page);
      assertTrue(page.contains("日前です。規則 prereport.recommendedLeadDays"), "lead time in Japanese");

      post(meti, casePath, "allocate");
      post(meti, casePath, "start-review");
      String startsAt = LocalDateTime.now(TOKYO).plusDays(3).withSecond(0).format(LOCAL);
      post(
          meti,
          casePath,
          "schedule-meeting",
          "startsAt",
          startsAt,
          "place",
          "経済産業省 本館",
          "agendaVisible",
          "管理措置の確認",
          "agendaInternal",
          "内部: 取引先の調査結果");
      post(
          meti,
          casePath,
          "record-meeting",
          "minutesVisible",
          "管理措置の説明を受けた",
          "minutesInternal",
          "内部: 追加調査が必要");
      post(
          meti,
          casePath,
          "raise-concern",
          "category",
          "COUNTERPARTY",
          "severity",
          "HIGH",
          "description",
          "取引相手の最終需要者が不明",
          "concernInformation",
          "取引相手の出資関係");
      post(
          meti,
          casePath,
          "raise-concern",
          "category",
          "TECHNOLOGY_RETENTION",
          "severity",
          "MEDIUM",
          "description",
          "技術者の退職時の流出",
          "concernInformation",
          "同業他社の事例");

      String companyView = company.get(casePath).html();
      assertTrue(companyView.contains("管理措置の説明を受けた"), "company-visible minutes");
      assertFalse(companyView.contains("内部: 追加調査が必要"), "no internal minutes");
      assertFalse(companyView.contains("内部: 取引先の調査結果"), "no internal agenda");
      post(
          company,
          casePath,
          "answer-concern",
          "text",
          "最終需要者の誓約書を取得する",
          "dueDate",
          LocalDate.now(TOKYO).plusDays(30).toString());

      post(meti, casePath, "resolve-concern", "reason", "誓約書で確認できる");
      String beforeInform = meti.get(casePath).html();
      String cite = concernId(beforeInform, "技術者の退職時の流出");
      post(
          meti,
          casePath,
          "issue-inform",
          "route",
          "UNRESOLVED_CONCERNS",
          "cite-" + cite,
          "on",
          "proposedConditions",
          "技術資料の持出し管理\n年1回の報告",
          "summary",
          "技術流出の懸念が払拭されないため許可申請を求める");

      String informed = company.get(casePath).html();
      assertTrue(informed.contains("インフォーム済み"), informed);
      String awaits = company.get("/").html();
      assertTrue(awaits.contains("インフォームを受けた取引の許可申請"), "the licence application awaits: " + awaits);
      post(
          company,
          casePath,
          "apply-licence",
          "companyReference",
          "ALPHA-2026-001",
          "appliedOn",
          LocalDate.now(TOKYO).toString(),
          "accept-0",
          "yes",
          "accept-1",
          "no",
          "comment-1",
          "半年に1回の報告としたい");

      post(
          meti,
          casePath,
          "decide-licence",
          "decision",
          "GRANTED_WITH_CONDITIONS",
          "items",
          "技術資料の持出し管理\n年1回の報告",
          "summary",
          "条件を付して許可する");
      post(meti, casePath, "generate-document", "kind", "LICENCE_DECISION_NOTICE");

      String decided = company.get(casePath).html();
      assertTrue(decided.contains("条件付き許可"), decided);
      Matcher pdf =
          Pattern.compile("href=\"(" + casePath + "/documents/[^\"]+\\.pdf)\"").matcher(decided);
      assertTrue(pdf.find(), "the decision notice is offered: " + decided);
      ConsoleBrowser.Page notice = company.get(pdf.group(1));
      assertEquals(200, notice.status());
      assertTrue(notice.html().startsWith("%PDF"), "a PDF");
      String home = company.get("/").html();
      assertTrue(home.contains("通知文書"), "the notice to download is on the home: " + home);
      assertFalse(home.contains("インフォームを受けた取引の許可申請"), "the application was made");

      assertEquals(404, other.get(casePath).status(), "another company's user: not found");
      assertEquals(404, other.get(pdf.group(1)).status(), "nor its documents");
      assertEquals(
          404,
          other.post(casePath + "/answer-concern", Map.of("csrf", other.get("/").csrf())).status());
    }
  }

  @Test
  void queriesMeetingChangesAndNotificationsRunThroughTheForms() {
    try (ConsoleBrowser company = signedIn(filer);
        ConsoleBrowser meti = signedIn(officer)) {
      String casePath = file(company, "queries");
      post(meti, casePath, "start-review");
      post(meti, casePath, "ask-query", "question", "最終需要者の所在地を示してください", "replyDays", "10");
      String startsAt = LocalDateTime.now(TOKYO).plusDays(5).withSecond(0).format(LOCAL);
      post(meti, casePath, "schedule-meeting", "startsAt", startsAt, "place", "第1会議室");
      String later = LocalDateTime.now(TOKYO).plusDays(6).withSecond(0).format(LOCAL);
      post(meti, casePath, "reschedule-meeting", "startsAt", later, "reason", "先方の都合");

      String home = company.get("/").html();
      assertTrue(home.contains("最終需要者の所在地を示してください"), "the query awaits the company");
      String notifications = company.get("/notifications").html();
      assertTrue(notifications.contains("照会が届きました"), notifications);
      assertTrue(notifications.contains("面談が変更されました"), notifications);
      assertFalse(notifications.contains("未読 <strong>0</strong>"), notifications);
      post(company, casePath, "answer-query", "text", "ハノイ市内の工場です");
      assertEquals(
          303,
          company
              .post("/notifications/read", Map.of("csrf", company.get("/notifications").csrf()))
              .status());
      assertTrue(company.get("/notifications").html().contains("未読 <strong>0</strong>"));

      post(meti, casePath, "cancel-meeting", "reason", "対面の必要がなくなった");
      String page = meti.get(casePath).html();
      assertTrue(page.contains("ハノイ市内の工場です"), "the answer is on the officer's page");
      assertTrue(page.contains("中止"), "the meeting is cancelled");
      assertFalse(ConsoleForm.has(page, "withdraw-query"), "an answered query is not withdrawn");
      assertFalse(ConsoleForm.has(company.get(casePath).html(), "raise-concern"), "officers only");
    }
  }

  @Test
  void aFormWithoutItsTokenIsRefusedAndChangesNothing() {
    try (ConsoleBrowser company = signedIn(filer);
        ConsoleBrowser meti = signedIn(officer)) {
      String casePath = file(company, "token");
      Map<String, String> form = ConsoleForm.of(meti.get(casePath).html(), "allocate");
      form.remove("csrf");

      ConsoleBrowser.Page refused = meti.post(casePath + "/allocate", form);

      assertEquals(403, refused.status());
      assertTrue(meti.get(casePath).html().contains("未割当"), "still unassigned");
      form.put("csrf", "guessed");
      assertEquals(403, meti.post(casePath + "/allocate", form).status());
    }
  }

  @Test
  void aRefusedFormKeepsItsInputAndAStaleOneSaysWhatChanged() {
    try (ConsoleBrowser company = signedIn(filer);
        ConsoleBrowser meti = signedIn(officer);
        ConsoleBrowser colleague = signedIn(secondOfficer)) {
      String casePath = file(company, "conflict");
      post(meti, casePath, "start-review");

      ConsoleBrowser.Page blank =
          meti.post(
              casePath + "/raise-concern",
              ConsoleForm.with(
                  ConsoleForm.of(meti.get(casePath).html(), "raise-concern"),
                  "category",
                  "END_USE",
                  "severity",
                  "LOW",
                  "description",
                  " ",
                  "concernInformation",
                  "入力済みの懸念情報"));
      assertEquals(422, blank.status());
      assertTrue(blank.html().contains("入力済みの懸念情報"), "the typed text is kept");
      assertTrue(blank.html().contains("id=\"raise-description-error\""), blank.html());

      Map<String, String> stale = ConsoleForm.of(meti.get(casePath).html(), "close-no-concern");
      String startsAt = LocalDateTime.now(TOKYO).plusDays(2).withSecond(0).format(LOCAL);
      post(colleague, casePath, "schedule-meeting", "startsAt", startsAt, "place", "会議室");
      post(colleague, casePath, "record-meeting", "minutesVisible", "説明を受けた");

      ConsoleBrowser.Page conflict =
          meti.post(
              casePath + "/close-no-concern", ConsoleForm.with(stale, "summary", "懸念はないと判断した所見"));

      assertEquals(409, conflict.status(), conflict.html());
      assertTrue(conflict.html().contains("懸念はないと判断した所見"), "the typed summary is kept");
      assertTrue(conflict.html().contains("ほかの利用者"), conflict.html());
      assertTrue(conflict.html().contains("この画面を開いた後の変更"), "what changed is listed");
      assertTrue(conflict.html().contains("対話中"), "the page shows the case as it now stands");
    }
  }

  @Test
  void theFormsTheCasePageAndTheNotificationsSpeakEnglishWhenChosen() {
    try (ConsoleBrowser company = signedIn(filer)) {
      String token = company.get("/").csrf();
      assertEquals(303, company.post("/language", Map.of("lang", "en", "csrf", token)).status());

      String form = company.get("/cases/new").html();
      assertTrue(form.contains("<html lang=\"en\">"), form);
      assertTrue(form.contains("New pre-report") && form.contains("File the pre-report"), form);
      assertTrue(form.contains("Required") && form.contains("Contract date"), form);
      assertFalse(form.contains("事前報告の作成") || form.contains("必須"), "no Japanese label");
      String check =
          company
              .get(
                  "/cases/new/check?technologyNumbers=24&counterparty.countryCode=VN"
                      + "&transactionType=CONTRACT_MANUFACTURING")
              .html();
      assertTrue(check.contains("A pre-report is needed"), check);
      assertFalse(check.contains("事前報告が必要です"), check);

      Map<String, String> refusedForm = completeForm("english refused");
      refusedForm.put("csrf", token);
      refusedForm.put("counterparty.countryCode", "XX");
      ConsoleBrowser.Page refused = company.post("/cases/new", refusedForm);
      assertEquals(422, refused.status(), refused.html());
      assertTrue(refused.html().contains("id=\"counterparty.countryCode-error\""));
      assertFalse(refused.html().contains("国・地域コードが正しくありません"), "the reason in English");

      String casePage = company.get(file(company, "english")).html();
      assertTrue(casePage.contains("The report") && casePage.contains("Timeline"), casePage);
      assertTrue(casePage.contains("Submitted"), "the state in English");
      assertFalse(casePage.contains("報告内容") || casePage.contains("経過"), "no Japanese label");

      String notifications = company.get("/notifications").html();
      assertTrue(notifications.contains("<h1>Notifications</h1>"), notifications);
      assertTrue(notifications.contains("Notifications ("), "the menu's unread count");
      assertFalse(notifications.contains("お知らせ"), notifications);
    }
  }

  private ConsoleBrowser signedIn(String username) {
    return ConsoleBrowser.signedIn(server.getURL(), username);
  }

  /** Files a complete pre-report through the form; answers its page's path. */
  private String file(ConsoleBrowser company, String marker) {
    Map<String, String> form = completeForm(marker);
    form.put("csrf", company.get("/cases/new").csrf());
    ConsoleBrowser.Page filed = company.post("/cases/new", form);
    assertEquals(303, filed.status(), filed.html());
    Matcher id = CASE_LINK.matcher(String.valueOf(filed.location()));
    assertTrue(id.find(), filed.location());
    return "/cases/" + id.group(1);
  }

  private static Map<String, String> completeForm(String marker) {
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("technologyNumbers", "24");
    form.put("transactionType", "CONTRACT_MANUFACTURING");
    form.put("counterparty.nameOriginal", "越南精密有限公司");
    form.put("counterparty.nameRomanised", "Vietnam Precision Co., Ltd.");
    form.put("counterparty.countryCode", "VN");
    form.put("counterparty.relationship", "UNRELATED");
    form.put("plannedDate", LocalDate.now(TOKYO).plusDays(60).toString());
    form.put("plannedDateKind", "CONTRACT");
    form.put("technologyDescription", "試験用の技術説明 " + marker);
    form.put("managementMeasures", "");
    form.put("lateExplanation", "");
    form.put("contact.name", "試験 花子");
    form.put("contact.department", "輸出管理部");
    form.put("contact.email", "hanako@example.jp");
    form.put("contact.phone", "");
    return form;
  }

  /** Posts the first form of the case page to {@code action} with the typed fields; expects 303. */
  private static void post(
      ConsoleBrowser browser, String casePath, String action, String... typed) {
    Map<String, String> hidden = ConsoleForm.of(browser.get(casePath).html(), action);
    ConsoleBrowser.Page answer =
        browser.post(casePath + "/" + action, ConsoleForm.with(hidden, typed));
    assertEquals(303, answer.status(), action + ": " + answer.html());
  }

  private static String concernId(String html, String description) {
    Matcher checkbox =
        Pattern.compile("name=\"cite-([0-9a-f-]{36})\"[^>]*>\\s*[^<]*" + Pattern.quote(description))
            .matcher(html);
    assertTrue(checkbox.find(), "a box to cite " + description + " in " + html);
    return checkbox.group(1);
  }
}
