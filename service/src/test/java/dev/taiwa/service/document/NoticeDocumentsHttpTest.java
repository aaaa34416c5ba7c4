package dev.taiwa.service.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notices over real HTTP, each reached through the real mutations of its case: the inform and
 * the licence decision (Track A), the prior notice, designation, extension and lifting notices and
 * the prior-confirmation answer (Track B). Each is read back with PDFBox and rendered to a preview;
 * who may generate and download it follows the case's rules and need-to-know.
 */
@MicronautTest(transactional = false)
class NoticeDocumentsHttpTest extends DatabaseTest {
  private static final String CONCERN = "最終需要者が軍事関連企業である懸念";
  private static final String CONCERN_INFORMATION = "在外公館情報：調達網に関与";
  private static final String CONDITION = "第三国への再移転を行わないこと";
  private static final String TITLE = "極超音速飛翔体の誘導装置";
  private static final String CONSULTATION = "内閣府協議結果：保全の必要あり";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;

  private ApiClient api;
  private DocumentClient documents;
  private World world;
  private String filer;
  private String stranger;
  private String officer;
  private String examiner;
  private String otherExaminer;
  private String reviewer;

  @BeforeAll
  void oneAccountPerParty() {
    api = new ApiClient(http);
    documents = new DocumentClient(api, http);
    world = new World(organisations, users, hasher);
    filer = login(world.user("notice-filer", world.alpha, Role.FILER));
    stranger = login(world.user("notice-stranger", world.beta, Role.FILER));
    officer = login(world.user("notice-officer", world.meti, Role.DIALOGUE_OFFICER));
    examiner = login(world.user("notice-examiner", world.meti, Role.PATENT_EXAMINER));
    otherExaminer = login(world.user("notice-examiner-2", world.meti, Role.PATENT_EXAMINER));
    reviewer = login(world.user("notice-reviewer", world.meti, Role.SECURITY_REVIEWER));
  }

  @Test
  void theInformAndTheLicenceDecisionPrintTheCaseForTheCompany() {
    String caseId = reportInDialogue();
    String concern =
        api.graphql(
                officer,
                "mutation($id: ID!, $in: ConcernInput!) { raiseConcern(caseId: $id, input: $in)"
                    + " { concern { id } errors { code } } }",
                Map.of(
                    "id",
                    caseId,
                    "in",
                    Map.of(
                        "category",
                        "END_USE",
                        "severity",
                        "HIGH",
                        "description",
                        CONCERN,
                        "concernInformation",
                        CONCERN_INFORMATION)))
            .at("raiseConcern.concern.id");
    assertEquals("INVALID_STATE", documents.refusal(officer, caseId, "INFORM_NOTICE"));
    ok(
        officer,
        "issueInform",
        "mutation($id: ID!, $in: InformInput!) { issueInform(caseId: $id, input: $in)",
        Map.of(
            "id",
            caseId,
            "in",
            Map.of(
                "citedConcerns", List.of(concern),
                "proposedConditions", List.of(CONDITION),
                "summary", "懸念が払拭されないため許可申請を求める")));

    Map<String, Object> inform = documents.generate(officer, caseId, "INFORM_NOTICE");
    byte[] informPdf = documents.download(filer, inform);
    String informText = NoticeWording.checked(informPdf);

    for (String expected : List.of("許可申請をすべき旨の通知書", CONCERN, CONDITION, "アルファ電材株式会社", "許可申請の期限")) {
      assertTrue(informText.contains(expected), () -> "missing " + expected + " in\n" + informText);
    }
    assertFalse(informText.contains(CONCERN_INFORMATION), informText);
    String informNumber = (String) inform.get("number");
    String today = LocalDate.now(JapanTime.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE);
    assertTrue(informNumber.matches(today + "経安第\\d+号"), informNumber);
    assertTrue(informText.contains(informNumber), informText);
    assertTrue(informText.contains("経済産業大臣　経産 一郎"), informText);
    assertTrue(informText.contains("経済産業省 貿易経済安全保障局"), informText);
    assertFalse(informText.contains("教示"), informText);
    assertTrue(informText.contains("東京都千代田区霞が関一丁目3番1号"), informText);
    assertTrue(informText.contains("代表取締役 試験 太郎　殿"), informText);
    Map<String, Object> informAgain = documents.generate(officer, caseId, "INFORM_NOTICE");
    assertEquals(informNumber, informAgain.get("number"));
    assertEquals(inform.get("sha256"), informAgain.get("sha256"));
    assertEquals(
        List.of(inform.get("id"), informAgain.get("id")),
        documents.idsByNumber(filer, informNumber));
    assertEquals(List.of(), documents.idsByNumber(stranger, informNumber));
    assertTrue(PdfReading.inkedShare(informPdf, "INFORM_NOTICE") > 0.005);
    assertEquals("FORBIDDEN", documents.refusal(filer, caseId, "INFORM_NOTICE"));
    assertEquals(404, documents.status(stranger, inform));
    assertEquals("INVALID_STATE", documents.refusal(officer, caseId, "LICENCE_DECISION_NOTICE"));

    ok(
        filer,
        "applyForLicence",
        "mutation($id: ID!, $in: LicenceApplicationInput!) { applyForLicence(caseId: $id, input:"
            + " $in)",
        Map.of(
            "id",
            caseId,
            "in",
            Map.of(
                "companyReference", "ALPHA-LIC-0042",
                "appliedOn", LocalDate.now(JapanTime.ZONE).toString(),
                "responses", List.of(Map.of("condition", 0, "accepted", true)))));
    ok(
        officer,
        "decideLicence",
        "mutation($id: ID!, $in: LicenceDecisionInput!) { decideLicence(caseId: $id, input: $in)",
        Map.of(
            "id",
            caseId,
            "in",
            Map.of(
                "decision", "GRANTED_WITH_CONDITIONS",
                "items", List.of(CONDITION),
                "summary", "条件を付して許可する")));
    Map<String, Object> decided = documents.generate(officer, caseId, "LICENCE_DECISION_NOTICE");
    byte[] decisionPdf = documents.download(filer, decided);
    String decision = NoticeWording.checked(decisionPdf);
    String decisionNumber = (String) decided.get("number");
    assertTrue(decision.contains(decisionNumber), decision);
    for (String appeal :
        List.of("教示", "審査請求", "3か月以内", "行政不服審査法第18条第1項", "6か月以内", "行政事件訴訟法第14条第1項")) {
      assertTrue(
          decision.replaceAll("\\s", "").contains(appeal),
          () -> "missing " + appeal + " in\n" + decision);
    }
    assertTrue(
        sequence(decisionNumber) > sequence(informNumber),
        decisionNumber + " after " + informNumber);

    for (String expected :
        List.of("許可申請に対する決定通知書", "条件付許可", "許可の条件", CONDITION, "ALPHA-LIC-0042")) {
      assertTrue(decision.contains(expected), () -> "missing " + expected + " in\n" + decision);
    }
    assertTrue(PdfReading.inkedShare(decisionPdf, "LICENCE_DECISION_NOTICE") > 0.005);
  }

  @Test
  void theDesignationNoticesFollowTheApplicationAndStayNeedToKnowAfterLifting() {
    String id = applicationSentToReview();
    step(reviewer, "startSecurityReview(id: $id)", id);
    step(reviewer, "issuePriorNotice(id: $id, text: \"保全指定の見込みがあります\")", id);
    assertEquals("FORBIDDEN", documents.refusal(examiner, id, "PRIOR_NOTICE"));
    Map<String, Object> prior = documents.generate(reviewer, id, "PRIOR_NOTICE");
    byte[] priorPdf = documents.download(filer, prior);
    String priorText = NoticeWording.checked(priorPdf);
    assertTrue(priorText.contains(TITLE), priorText);
    assertTrue(((String) prior.get("number")).contains("府経安第"), priorText);
    assertTrue(priorText.contains("内閣総理大臣　内閣 三郎"), priorText);
    assertTrue(priorText.contains("代表取締役 試験 太郎　殿"), priorText);
    assertFalse(priorText.contains("教示"), priorText);
    assertTrue(priorText.contains((String) prior.get("number")), priorText);
    assertTrue(priorText.contains("回答の期限"), priorText);
    assertTrue(priorText.contains("期限の計算"), priorText);
    assertTrue(PdfReading.inkedShare(priorPdf, "PRIOR_NOTICE") > 0.005);
    assertEquals(true, prior.get("secret"));
    assertEquals(404, documents.status(stranger, prior));
    assertEquals(404, documents.status(officer, prior));

    step(
        filer,
        "maintainPatentApplication(id: $id, input: {businesses: [{name: \"共有工業株式会社\","
            + " address: \"東京都千代田区\", role: \"製造\"}]})",
        id);
    LocalDate end = LocalDate.now(JapanTime.ZONE).plusMonths(6);
    step(
        reviewer,
        "designatePatentApplication(id: $id, periodEnd: \"" + end + "\", reason: \"指定の理由\")",
        id);
    Map<String, Object> designation = documents.generate(reviewer, id, "DESIGNATION_NOTICE");
    byte[] designationPdf = documents.download(filer, designation);
    String designationText = NoticeWording.checked(designationPdf);
    assertTrue(designationText.contains(end.toString()), designationText);
    assertTrue(designationText.contains("第78条"), designationText);
    assertTrue(
        sequence((String) designation.get("number")) > sequence((String) prior.get("number")));
    assertTrue(designationText.contains((String) designation.get("number")), designationText);
    assertTrue(designationText.replaceAll("\\s", "").contains("内閣総理大臣に対して審査請求"), designationText);
    assertTrue(designationText.replaceAll("\\s", "").contains("行政事件訴訟法第14条第1項"), designationText);
    assertTrue(PdfReading.inkedShare(designationPdf, "DESIGNATION_NOTICE") > 0.005);
    assertEquals("INVALID_STATE", documents.refusal(reviewer, id, "DESIGNATION_EXTENSION_NOTICE"));

    LocalDate extended = end.plusMonths(6);
    step(
        reviewer,
        "extendDesignation(id: $id, periodEnd: \"" + extended + "\", reason: \"年次審査\")",
        id);
    byte[] extensionPdf =
        documents.download(
            reviewer, documents.generate(reviewer, id, "DESIGNATION_EXTENSION_NOTICE"));
    assertTrue(NoticeWording.checked(extensionPdf).contains(extended.toString()));
    assertTrue(PdfReading.inkedShare(extensionPdf, "DESIGNATION_EXTENSION_NOTICE") > 0.005);

    step(
        reviewer,
        "liftDesignation(id: $id, reason: \"情勢の変化\", noticeDate: \""
            + LocalDate.now(JapanTime.ZONE)
            + "\")",
        id);
    Map<String, Object> lifting = documents.generate(reviewer, id, "DESIGNATION_LIFTING_NOTICE");
    byte[] liftingPdf = documents.download(otherExaminer, lifting);
    String liftingText = NoticeWording.checked(liftingPdf);
    assertTrue(liftingText.contains("出願審査の請求期限"), liftingText);
    assertTrue(liftingText.contains("経済安全保障推進法第82条"), liftingText);
    assertFalse(liftingText.contains("特許法第82条"), liftingText);
    assertTrue(liftingText.contains("情勢の変化"), liftingText);
    assertTrue(PdfReading.inkedShare(liftingPdf, "DESIGNATION_LIFTING_NOTICE") > 0.005);
    assertEquals(false, lifting.get("secret"));
    // The application is no longer secret, but what was printed while it was stays need-to-know.
    assertEquals(404, documents.status(otherExaminer, designation));
    assertEquals(200, documents.status(filer, designation));
    assertTrue(
        auditLog.trail(CaseId.parse(id)).stream()
                .filter(e -> e.entry().action().equals("DOCUMENT_DOWNLOADED"))
                .count()
            >= 3);
  }

  @Test
  void anInformMayRestOnTheConclusionThatLicenceConditionsAreEffectiveAndItsNoticeSaysSo() {
    String caseId = reportInDialogue();
    String concern =
        api.graphql(
                officer,
                "mutation($id: ID!, $in: ConcernInput!) { raiseConcern(caseId: $id, input: $in)"
                    + " { concern { id } errors { code } } }",
                Map.of(
                    "id",
                    caseId,
                    "in",
                    Map.of(
                        "category",
                        "END_USE",
                        "severity",
                        "MEDIUM",
                        "description",
                        CONCERN,
                        "concernInformation",
                        CONCERN_INFORMATION)))
            .at("raiseConcern.concern.id");
    ok(
        officer,
        "resolveConcern",
        "mutation($id: ID!) { resolveConcern(id: $id, reason: \"対策で解消\")",
        Map.of("id", concern));
    String issue =
        "mutation($id: ID!, $in: InformInput!) { issueInform(caseId: $id, input: $in) { errors {"
            + " code field } } }";

    // Every concern is resolved: the first route has nothing to cite ...
    GraphQLResponse citing =
        api.graphql(
            officer,
            issue,
            Map.of(
                "id",
                caseId,
                "in",
                Map.of(
                    "citedConcerns", List.of(concern),
                    "proposedConditions", List.of(CONDITION),
                    "summary", "懸念")));
    assertEquals("NOT_AN_UNRESOLVED_CONCERN", citing.at("issueInform.errors.0.code"));
    // ... the second rests on the dialogue's conclusion, with at least one condition.
    GraphQLResponse bare =
        api.graphql(
            officer,
            issue,
            Map.of(
                "id",
                caseId,
                "in",
                Map.of("route", "CONDITIONS_EFFECTIVE", "summary", "許可条件が有効との結論")));
    assertEquals("REQUIRED", bare.at("issueInform.errors.0.code"));
    assertEquals("proposedConditions", bare.at("issueInform.errors.0.field"));
    ok(
        officer,
        "issueInform",
        "mutation($id: ID!, $in: InformInput!) { issueInform(caseId: $id, input: $in)",
        Map.of(
            "id",
            caseId,
            "in",
            Map.of(
                "route", "CONDITIONS_EFFECTIVE",
                "proposedConditions", List.of(CONDITION),
                "summary", "官民対話の結論により許可条件を付する")));

    Map<String, Object> shown =
        api.graphql(
                filer,
                "query($id: ID!) { preReport(id: $id) { state inform { route citedConcerns { id }"
                    + " proposedConditions } } }",
                Map.of("id", caseId))
            .at("preReport");
    assertEquals("INFORM_ISSUED", shown.get("state"));
    assertEquals(
        Map.of(
            "route",
            "CONDITIONS_EFFECTIVE",
            "citedConcerns",
            List.of(),
            "proposedConditions",
            List.of(CONDITION)),
        shown.get("inform"));
    String text =
        NoticeWording.checked(
                documents.download(filer, documents.generate(officer, caseId, "INFORM_NOTICE")))
            .replaceAll("\\s", "");
    assertTrue(text.contains("許可条件を付することが有効との結論となったため"), text);
    assertTrue(text.contains(CONDITION), text);
    assertFalse(text.contains("払拭"), text);
    assertFalse(text.contains(CONCERN), text);
  }

  @Test
  void theScreeningNoticeCitesTheEconomicSecurityPromotionActNotThePatentAct() {
    String id = applicationSentToReview();

    String text =
        NoticeWording.checked(
                documents.download(
                    filer, documents.generate(examiner, id, "SCREENING_SENT_NOTICE")))
            .replaceAll("\\s", "");

    assertTrue(text.contains("経済施策を一体的に講ずることによる安全保障の確保の推進に関する法律第66条の規定により内閣総理大臣に送付"), text);
    assertFalse(text.contains("特許法"), text);
    assertTrue(text.contains("特許庁長官　特許二郎"), text);
    assertTrue(text.matches("(?s).*\\d{8}特許第\\d+号.*"), text);
    assertTrue(text.contains("(3)誘導武器等に関する技術"), text);
  }

  @Test
  void onlyTheAnsweringExaminerIssuesThePriorConfirmationAnswerWhichTheCompanyReads() {
    String id =
        api.graphql(
                filer,
                "mutation($in: PriorConfirmationInput!) { requestPriorConfirmation(input: $in) {"
                    + " priorConfirmation { id } errors { code } } }",
                Map.of(
                    "in",
                    Map.of(
                        "title", "水中航走体の推進制御装置",
                        "summary", "発明の概要（秘密）",
                        "claimedFields", List.of(13),
                        "inventionCompletedInJapan", true,
                        "intendedForeignFiling", "PCT（受理官庁：米国特許商標庁）")))
            .at("requestPriorConfirmation.priorConfirmation.id");
    assertEquals("INVALID_STATE", documents.refusal(examiner, id, "PRIOR_CONFIRMATION_ANSWER"));
    ok(
        examiner,
        "sendPriorConfirmationForConsultation",
        "mutation($id: ID!) { sendPriorConfirmationForConsultation(id: $id, note: \"分野(13)\")",
        Map.of("id", id));
    ok(
        reviewer,
        "recordPriorConfirmationConsultation",
        "mutation($id: ID!) { recordPriorConfirmationConsultation(id: $id, answer: \""
            + CONSULTATION
            + "\")",
        Map.of("id", id));
    ok(
        examiner,
        "answerPriorConfirmation",
        "mutation($id: ID!) { answerPriorConfirmation(id: $id, answer: BAN_APPLIES, reason:"
            + " \"特定技術分野(13)に該当\")",
        Map.of("id", id));

    assertEquals("FORBIDDEN", documents.refusal(otherExaminer, id, "PRIOR_CONFIRMATION_ANSWER"));
    assertEquals("FORBIDDEN", documents.refusal(filer, id, "PRIOR_CONFIRMATION_ANSWER"));
    Map<String, Object> answer = documents.generate(examiner, id, "PRIOR_CONFIRMATION_ANSWER");
    byte[] pdf = documents.download(filer, answer);
    String text = NoticeWording.checked(pdf);

    assertTrue(text.contains("事前確認回答書"), text);
    assertTrue(text.contains("水中航走体の推進制御装置"), text);
    assertTrue(text.contains("外国出願の禁止（第78条）の対象となります"), text);
    assertFalse(text.contains(CONSULTATION), text);
    assertTrue(PdfReading.inkedShare(pdf, "PRIOR_CONFIRMATION_ANSWER") > 0.005);
    assertEquals(true, answer.get("secret"));
    assertEquals(404, documents.status(stranger, answer));
    List<Map<String, Object>> listed =
        api.graphql(
                filer,
                "query($id: ID!) { priorConfirmation(id: $id) { documents { id kind } } }",
                Map.of("id", id))
            .at("priorConfirmation.documents");
    assertEquals(List.of(answer.get("id")), listed.stream().map(d -> d.get("id")).toList());
    assertTrue(
        auditLog.trail(CaseId.parse(id)).stream()
            .anyMatch(e -> e.entry().action().equals("DOCUMENT_DOWNLOADED")));
  }

  private String reportInDialogue() {
    String caseId =
        api.graphql(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                    + " id } errors { code } } }",
                Map.of("in", CaseFixture.form("notice-" + System.nanoTime())))
            .at("createPreReportDraft.preReport.id");
    step(filer, "submitPreReport(id: $id)", caseId);
    step(officer, "startPreReportReview(id: $id)", caseId);
    String meeting =
        api.graphql(
                officer,
                "mutation($id: ID!, $in: MeetingInput!) { scheduleMeeting(caseId: $id, input: $in)"
                    + " { meeting { id } errors { code } } }",
                Map.of(
                    "id",
                    caseId,
                    "in",
                    Map.of(
                        "startsAt", Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                        "place", "経済産業省 本館",
                        "participants", List.of(Map.of("name", "試験 太郎", "role", "輸出管理")),
                        "agenda",
                            List.of(Map.of("text", "技術管理措置", "visibility", "COMPANY_VISIBLE")))))
            .at("scheduleMeeting.meeting.id");
    ok(
        officer,
        "recordMeetingHeld",
        "mutation($id: ID!, $in: MeetingRecordInput!) { recordMeetingHeld(id: $id, input: $in)",
        Map.of(
            "id",
            meeting,
            "in",
            Map.of("minutes", List.of(Map.of("text", "説明を受けた", "visibility", "COMPANY_VISIBLE")))));
    return caseId;
  }

  private String applicationSentToReview() {
    Map<String, Object> in = new HashMap<>();
    // Filed a week ago: first screening (3 months, ESPA Art. 66) may still send it to review.
    java.time.LocalDate filed =
        java.time.LocalDate.now(dev.taiwa.cases.kernel.JapanTime.ZONE).minusDays(7);
    in.put("applicationNumber", filed.getYear() + "-" + (100000 + (int) (Math.random() * 800000)));
    in.put("filingDate", filed.toString());
    in.put("applicantIds", List.of(world.alpha.id().toString()));
    in.put("inventionCompletedInJapan", true);
    in.put("title", TITLE);
    in.put("abstract", "飛翔体の軌道を制御する。");
    in.put("claims", "【請求項1】誘導装置。");
    in.put("ipcCodes", List.of("F41G 7/00"));
    in.put("route", "DIRECT");
    String id =
        api.graphql(
                examiner,
                "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in)"
                    + " { patentApplication { id } errors { code } } }",
                Map.of("in", in))
            .at("registerPatentApplication.patentApplication.id");
    ok(
        examiner,
        "decideScreening",
        "mutation($id: ID!, $in: ScreeningDecisionInput!) { decideScreening(id: $id, input: $in)",
        Map.of(
            "id",
            id,
            "in",
            Map.of(
                "outcome", "SEND_TO_REVIEW",
                "reason", "誘導武器等に関する技術に該当",
                "matchedFields", List.of(3))));
    return id;
  }

  /** The sequence number in a document number such as 「20261204経安第123号」. */
  private static long sequence(String number) {
    var n = java.util.regex.Pattern.compile("第(\\d+)号").matcher(number);
    assertTrue(n.find(), number);
    return Long.parseLong(n.group(1));
  }

  /** Runs {@code call}, a mutation on the case {@code id}; must succeed. */
  private void step(String token, String call, String id) {
    ok(
        token,
        call.substring(0, call.indexOf('(')),
        "mutation($id: ID!) { " + call,
        Map.of("id", id));
  }

  /** Runs {@code head} (a mutation up to its arguments) asking only for errors; must succeed. */
  private void ok(String token, String field, String head, Map<String, Object> variables) {
    GraphQLResponse response =
        api.graphql(token, head + " { errors { code message } } }", variables);
    assertEquals(List.of(), response.at(field + ".errors"), () -> response.body().toString());
  }

  private String login(String username) {
    return api.login(username, World.PASSWORD);
  }
}
