package dev.taiwa.service.secrecy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.http.World;
import dev.taiwa.service.testsupport.MovableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Secret cases and the people around them, built over HTTP as users would: アルファ電材 (alpha) is the
 * applicant; ベータ化学 (beta) another company. Applications, each with distinctive text and dates:
 *
 * <ul>
 *   <li>{@link #designated}: sent to review (field 3), materials asked and answered, a consultation
 *       recorded, prior notice, maintained, designated, an obligation filed, a designation notice
 *       printed, linked to alpha's pre-report {@link #report}, compensation claimed;
 *   <li>{@link #withdrawn}: sent to review, then withdrawn by the applicant;
 *   <li>{@link #dismissed}: prior notice unanswered, dismissed after the reply period;
 *   <li>{@link #screened}: withdrawn while still under screening (never secret), for contrast.
 * </ul>
 *
 * A prior-confirmation request {@link #confirmation} with a recorded consultation. The beta filer
 * {@link #grantee} holds need-to-know grants on the designated application and on the request.
 */
final class SecretWorld {
  static final String DESIGNATED_TITLE = "極秘の誘導制御装置（指定）";
  static final String WITHDRAWN_TITLE = "取下げ後も秘密の推進装置";
  static final String DISMISSED_TITLE = "却下後も秘密の探知装置";
  static final String CONSULTATION_TEXT = "防衛装備庁への照会結果（内閣府内部）";
  static final String CONFIRMATION_TITLE = "事前確認の秘密発明";
  static final String CONFIRMATION_CONSULTATION = "内閣府の協議回答（内部）";

  final ApiClient api;
  final World world;
  final MovableClock clock;

  final String examiner;
  final String otherExaminer;
  final String reviewer;
  final String filer;
  final String otherCompany;
  final String grantee;
  final String officer;
  final String auditor;
  final String admin;

  final String designated;
  final String withdrawn;
  final String dismissed;
  final String screened;
  final String report;
  final String confirmation;

  /** The number (発番) of the designation notice issued on the designated application. */
  final String designationNoticeNumber;

  private int serial = (int) (System.nanoTime() % 400000) + 100000;

  SecretWorld(ApiClient api, World world, UserAccounts users, MovableClock clock) {
    this.api = api;
    this.world = world;
    this.clock = clock;
    examiner = login("sw-examiner", world.meti, Role.PATENT_EXAMINER);
    otherExaminer = login("sw-examiner2", world.meti, Role.PATENT_EXAMINER);
    reviewer = login("sw-reviewer", world.meti, Role.SECURITY_REVIEWER);
    filer = login("sw-filer", world.alpha, Role.FILER);
    otherCompany = login("sw-beta", world.beta, Role.FILER);
    grantee = login("sw-grantee", world.beta, Role.FILER);
    officer = login("sw-officer", world.meti, Role.DIALOGUE_OFFICER);
    auditor = login("sw-auditor", world.meti, Role.AUDITOR);
    admin = login("sw-admin", world.meti, Role.ADMIN);

    change(
        admin,
        "mutation { recordSpecifiedFieldRevision(input: {effectiveFrom: \"2025-01-01\", source: \"試験用の対応表\", mappings: [{fieldNumber: 3, ipcGroups: [\"F41G\"],"
            + " source: \"試験用の出典\"}]}) { errors { code field message } } }",
        "recordSpecifiedFieldRevision");

    designated = register(DESIGNATED_TITLE, filedDaysAgo(20));
    sendAndStart(designated);
    String request =
        record(
            reviewer,
            "requestReviewMaterials(id: $id, input: {text: \"試作品の図面（秘）\", replyDays: 10})",
            designated);
    record(
        filer,
        "answerReviewMaterials(id: $id, requestId: \"" + request + "\", text: \"図面を提出します（秘）\")",
        designated);
    record(
        reviewer, "recordConsultation(id: $id, text: \"" + CONSULTATION_TEXT + "\")", designated);
    step(reviewer, "issuePriorNotice(id: $id, text: \"保全指定の前の通知（秘）\")", designated);
    step(
        filer,
        "maintainPatentApplication(id: $id, input: {businesses: [{name: \"共有事業者株式会社\", address:"
            + " \"東京都千代田区\", role: \"製造\"}]})",
        designated);
    step(
        reviewer,
        "designatePatentApplication(id: $id, periodEnd: \""
            + today().plusDays(211)
            + "\", reason: \"指定理由（秘）\")",
        designated);
    record(
        filer,
        "fileDesignationObligation(id: $id, input: {kind: WORKING_PERMISSION_REQUEST, text:"
            + " \"実施の許可を求めます（秘）\"})",
        designated);
    designationNoticeNumber =
        change(
                reviewer,
                "mutation($id: ID!) { generateDocument(caseId: $id, kind: DESIGNATION_NOTICE) {"
                    + " document { number } errors { code message } } }",
                "generateDocument",
                designated)
            .at("generateDocument.document.number");
    report = submittedReport();
    change(
        filer,
        "mutation($id: ID!) { linkPreReport(applicationId: $id, preReportId: \""
            + report
            + "\", note: \"共通の誘導制御技術\") { errors { code field message } } }",
        "linkPreReport",
        designated);
    change(
        filer,
        "mutation($id: ID!) { claimCompensation(applicationId: $id, input: {amountYen: 3141592,"
            + " basis: \"実施不許可による損失（秘）\", cause: OTHER}) { errors { code field message } } }",
        "claimCompensation",
        designated);

    withdrawn = register(WITHDRAWN_TITLE, filedDaysAgo(19));
    sendAndStart(withdrawn);
    step(filer, "withdrawPatentApplication(id: $id, reason: \"事業中止\")", withdrawn);

    dismissed = register(DISMISSED_TITLE, filedDaysAgo(18));
    sendAndStart(dismissed);
    step(reviewer, "issuePriorNotice(id: $id, text: \"通知（秘）\")", dismissed);

    screened = register("公開予定の一般発明", filedDaysAgo(17));
    step(filer, "withdrawPatentApplication(id: $id, reason: \"審査前の取下げ\")", screened);

    confirmation =
        change(
                filer,
                "mutation($in: PriorConfirmationInput!) { requestPriorConfirmation(input: $in) {"
                    + " priorConfirmation { id } errors { code field message } } }",
                "requestPriorConfirmation",
                Map.of(
                    "in",
                    Map.of(
                        "title",
                        CONFIRMATION_TITLE,
                        "summary",
                        "事前確認の秘密の概要",
                        "claimedFields",
                        List.of(3),
                        "inventionCompletedInJapan",
                        true,
                        "intendedForeignFiling",
                        "PCT（受理官庁：米国特許商標庁）")))
            .at("requestPriorConfirmation.priorConfirmation.id");
    step(
        examiner,
        "sendPriorConfirmationForConsultation(id: $id, note: \"協議します（内部）\")",
        confirmation,
        "priorConfirmation");
    step(
        reviewer,
        "recordPriorConfirmationConsultation(id: $id, answer: \""
            + CONFIRMATION_CONSULTATION
            + "\")",
        confirmation,
        "priorConfirmation");

    String granteeId = users.findByUsername("sw-grantee").orElseThrow().id().toString();
    grant(granteeId, designated);
    grant(granteeId, confirmation);

    clock.advance(Duration.ofDays(20));
    step(reviewer, "dismissPatentApplication(id: $id, reason: \"回答なし\")", dismissed);
  }

  LocalDate today() {
    return JapanTime.dateOf(clock.instant());
  }

  /** The applications and the request that are secret now. */
  List<String> secretCases() {
    return List.of(designated, withdrawn, dismissed, confirmation);
  }

  private String login(String name, Organisation organisation, Role role) {
    return api.login(world.user(name, organisation, role), World.PASSWORD);
  }

  private String register(String title, String filed) {
    Map<String, Object> in = new HashMap<>();
    in.put("applicationNumber", filed.substring(0, 4) + "-" + serial++);
    in.put("filingDate", filed);
    in.put("applicantIds", List.of(world.alpha.id().toString()));
    in.put("inventionCompletedInJapan", true);
    in.put("title", title);
    in.put("abstract", "要約：" + title);
    in.put("claims", "【請求項1】" + title);
    in.put("ipcCodes", List.of("F41G 7/00"));
    in.put("route", "DIRECT");
    in.put("additionalRequirementFacts", Map.of("defencePurpose", true));
    return change(
            examiner,
            "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in) {"
                + " patentApplication { id } errors { code field message } } }",
            "registerPatentApplication",
            Map.of("in", in))
        .at("registerPatentApplication.patentApplication.id");
  }

  private void sendAndStart(String id) {
    step(
        examiner,
        "decideScreening(id: $id, input: {outcome: SEND_TO_REVIEW, matchedFields: [3], reason:"
            + " \"誘導武器に該当（秘）\"})",
        id);
    step(reviewer, "startSecurityReview(id: $id)", id);
  }

  private String submittedReport() {
    Map<String, Object> form = new LinkedHashMap<>(CaseFixture.form("sw-" + UUID.randomUUID()));
    String id =
        change(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport { id"
                    + " } errors { code field message } } }",
                "createPreReportDraft",
                Map.of("in", form))
            .at("createPreReportDraft.preReport.id");
    step(filer, "submitPreReport(id: $id)", id, "preReport");
    return id;
  }

  private void grant(String granteeId, String caseId) {
    change(
        reviewer,
        "mutation($in: GrantAccessInput!) { grantAccess(input: $in) { errors { code field message"
            + " } } }",
        "grantAccess",
        Map.of(
            "in",
            Map.of(
                "granteeId",
                granteeId,
                "caseId",
                caseId,
                "reason",
                "共同研究先として知る必要がある",
                "expiresAt",
                clock.instant().plus(Duration.ofDays(60)).toString())));
  }

  private void step(String token, String call, String id) {
    step(token, call, id, "patentApplication");
  }

  private void step(String token, String call, String id, String object) {
    change(
        token,
        "mutation($id: ID!) { "
            + call
            + " { "
            + object
            + " { id } errors { code field message } } }",
        call.substring(0, call.indexOf('(')),
        id);
  }

  private String record(String token, String call, String id) {
    return change(
            token,
            "mutation($id: ID!) { " + call + " { recordId errors { code field message } } }",
            call.substring(0, call.indexOf('(')),
            id)
        .at(call.substring(0, call.indexOf('(')) + ".recordId");
  }

  private GraphQLResponse change(String token, String mutation, String field, String id) {
    return change(token, mutation, field, Map.of("id", id));
  }

  private GraphQLResponse change(String token, String mutation, String field) {
    return change(token, mutation, field, Map.of());
  }

  private GraphQLResponse change(
      String token, String mutation, String field, Map<String, Object> variables) {
    GraphQLResponse response = api.graphql(token, mutation, variables);
    assertNotNull(response.at(field), () -> field + ": " + response.body());
    assertEquals(List.of(), response.at(field + ".errors"), () -> field + ": " + response.body());
    return response;
  }

  /**
   * A filing date {@code days} before today in Japan: within first screening's three months, so the
   * application may still be sent to review (ESPA Art. 66).
   */
  private static String filedDaysAgo(int days) {
    return java.time.LocalDate.now(dev.taiwa.cases.kernel.JapanTime.ZONE)
        .minusDays(days)
        .toString();
  }
}
