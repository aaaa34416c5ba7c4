package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.deadline.Deadline;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.prereport.application.StageTargets;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.persistence.sql.SqlStatements;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.MovableClock;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 done: a report filed by the company goes through review, two meetings, three concerns, a
 * query that stops the officials' clocks, an inform citing the unresolved concern, the licence
 * application and a grant with conditions; the outcome and the whole chain are read back in one
 * query, the company seeing no internal part. A second case closes with measures agreed. Wrong
 * roles and states at each step get typed errors and change nothing.
 */
@MicronautTest(transactional = false)
class DialogueLifecycleHttpTest extends DatabaseTest {
  private static final String INTERNAL_AGENDA = "内部議題: 調達網の確認";
  private static final String INTERNAL_MINUTE = "内部議事: 懸念払拭されず";
  private static final String CONCERN_INFORMATION = "懸念情報: 相手方は軍関連企業と取引";
  private static final String SHA = "0123456789abcdef".repeat(4);
  private static final String CHAIN =
      "query($id: ID!) { preReport(id: $id) { state meetings { state agenda { text } minutes {"
          + " text } } concerns { id state description concernInformation answers { text } }"
          + " queries { id state question replyDays replyDue answer { text attachments {"
          + " fileName mediaType size sha256 } } } inform { summary proposedConditions"
          + " applicationDue citedConcerns { id description concernInformation } }"
          + " licenceApplication { companyReference appliedOn responses { condition accepted"
          + " comment } } outcome { type decidedOn summary items decidedBy } } }";

  private final MovableClock clock = MovableClock.startingNow();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject DeadlineLedger ledger;
  @Inject AuditLog auditLog;
  @Inject SqlStatements sql;
  @Inject UnitOfWork unitOfWork;

  private ApiClient api;
  private String filer;
  private String stranger;
  private String officer;

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  @BeforeAll
  void logEveryoneIn() {
    api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    filer = api.login(world.user("l-alpha-filer", world.alpha, Role.FILER), World.PASSWORD);
    stranger = api.login(world.user("l-beta-filer", world.beta, Role.FILER), World.PASSWORD);
    officer = api.login(world.user("l-officer", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
  }

  @Test
  void aReportGoesFromFilingThroughQueryAndInformToALicenceGrantedWithConditions() {
    String caseId = filedReport();
    assertEquals("INVALID_STATE", error(close(officer, caseId), "closeNoConcern"));
    ok(mutate(officer, "startPreReportReview(id: $id)", caseId), "startPreReportReview");
    assertTrue(openDeadline(caseId, StageTargets.REVIEW).isPresent());

    // Two meetings; the first held moves the case into dialogue.
    String first = meeting(caseId);
    String second = meeting(caseId);
    held(first);
    assertEquals("IN_DIALOGUE", state(caseId));
    held(second);
    assertTrue(openDeadline(caseId, StageTargets.REVIEW).isEmpty());
    TrackedDeadline dialogueTarget = openDeadline(caseId, StageTargets.DIALOGUE).orElseThrow();
    LocalDate dueBeforeQuery = ledger.compute(dialogueTarget).due();

    // Three concerns; the company answers two, which are resolved; the third stays open.
    List<String> concerns = new ArrayList<>();
    for (String category : List.of("COUNTERPARTY", "END_USE", "TECHNOLOGY_RETENTION")) {
      concerns.add(raise(caseId, category));
    }
    for (String concern : concerns.subList(0, 2)) {
      ok(
          api.graphql(
              filer,
              "mutation($id: ID!, $d: Date!) { answerConcern(id: $id, input: {text: \"出荷先を限定\","
                  + " dueDate: $d}) { errors { code } } }",
              Map.of("id", concern, "d", today().plusDays(30).toString())),
          "answerConcern");
      ok(
          api.graphql(
              officer,
              "mutation($id: ID!) { resolveConcern(id: $id, reason: \"解消\") { errors { code } } }",
              Map.of("id", concern)),
          "resolveConcern");
    }

    // A query: only an officer asks; the clocks stop; only the company answers.
    assertEquals("FORBIDDEN", error(ask(filer, caseId), "askQuery"));
    assertEquals("NOT_FOUND", error(ask(stranger, caseId), "askQuery"));
    Map<String, Object> query = ok(ask(officer, caseId), "askQuery").at("askQuery.query");
    String queryId = (String) query.get("id");
    assertEquals(10, query.get("replyDays"));
    assertEquals(
        1L,
        unitOfWork
            .readOnly(
                () ->
                    sql.query(
                        "SELECT COUNT(*) FROM notification WHERE case_id = ?"
                            + " AND kind = 'QUERY_ASKED'",
                        r -> r.getLong(1),
                        caseId))
            .get(0));
    clock.advance(Duration.ofDays(7));
    assertEquals("FORBIDDEN", error(answerQuery(officer, queryId), "answerQuery"));
    assertEquals("NOT_FOUND", error(answerQuery(stranger, queryId), "answerQuery"));
    assertEquals(
        "ANSWERED", ok(answerQuery(filer, queryId), "answerQuery").at("answerQuery.query.state"));
    assertEquals("INVALID_STATE", error(answerQuery(filer, queryId), "answerQuery"));
    Deadline afterAnswer =
        ledger.compute(openDeadline(caseId, StageTargets.DIALOGUE).orElseThrow());
    assertTrue(afterAnswer.pausedDays() >= 4, "paused " + afterAnswer.pausedDays());
    assertTrue(
        afterAnswer.due().isAfter(dueBeforeQuery), dueBeforeQuery + " -> " + afterAnswer.due());

    // The inform must cite an unresolved concern of the case.
    assertEquals(
        "NOT_AN_UNRESOLVED_CONCERN",
        error(inform(officer, caseId, concerns.get(0)), "issueInform"));
    assertEquals("FORBIDDEN", error(inform(filer, caseId, concerns.get(2)), "issueInform"));
    assertEquals("IN_DIALOGUE", state(caseId));
    ok(inform(officer, caseId, concerns.get(2)), "issueInform");
    assertEquals("INFORM_ISSUED", state(caseId));

    // The company applies; only an officer decides, with at least one condition.
    assertEquals("FORBIDDEN", error(apply(officer, caseId), "applyForLicence"));
    ok(apply(filer, caseId), "applyForLicence");
    assertEquals("LICENCE_APPLIED", state(caseId));
    assertEquals("FORBIDDEN", error(decide(filer, caseId, "GRANTED", List.of()), "decideLicence"));
    assertEquals(
        "REQUIRED",
        error(decide(officer, caseId, "GRANTED_WITH_CONDITIONS", List.of()), "decideLicence"));
    int audited = unitOfWork.readOnly(() -> auditLog.trail(CaseId.parse(caseId))).size();
    assertEquals("INVALID_STATE", error(ask(officer, caseId), "askQuery"));
    List<AuditEvent> refusal = unitOfWork.readOnly(() -> auditLog.trail(CaseId.parse(caseId)));
    assertEquals(audited + 1, refusal.size());
    assertEquals(AuditOutcome.REJECTED, refusal.get(refusal.size() - 1).entry().outcome());
    ok(decide(officer, caseId, "GRANTED_WITH_CONDITIONS", List.of("第三国への再移転の禁止")), "decideLicence");
    assertTrue(deadlines(caseId).stream().noneMatch(TrackedDeadline::isOpen));

    // The whole chain in one query; the company reads no internal part.
    GraphQLResponse official = api.graphql(officer, CHAIN, Map.of("id", caseId));
    assertEquals("LICENCE_GRANTED_WITH_CONDITIONS", official.at("preReport.state"));
    assertEquals(2, official.<List<?>>at("preReport.meetings").size());
    assertEquals(3, official.<List<?>>at("preReport.concerns").size());
    assertEquals(1, official.<List<?>>at("preReport.queries").size());
    List<Map<String, Object>> cited = official.at("preReport.inform.citedConcerns");
    assertEquals(List.of(concerns.get(2)), cited.stream().map(c -> c.get("id")).toList());
    assertEquals(CONCERN_INFORMATION, cited.get(0).get("concernInformation"));
    assertEquals("ABC-2026-001", official.at("preReport.licenceApplication.companyReference"));
    assertEquals("LICENCE_GRANTED_WITH_CONDITIONS", official.at("preReport.outcome.type"));
    assertEquals(List.of("第三国への再移転の禁止"), official.at("preReport.outcome.items"));
    assertTrue(api.rawGraphql(officer, CHAIN, Map.of("id", caseId)).contains(INTERNAL_MINUTE));

    String companyJson = api.rawGraphql(filer, CHAIN, Map.of("id", caseId));
    for (String internal : List.of(INTERNAL_AGENDA, INTERNAL_MINUTE, CONCERN_INFORMATION)) {
      assertFalse(companyJson.contains(internal), internal);
    }
    GraphQLResponse company = api.graphql(filer, CHAIN, Map.of("id", caseId));
    assertEquals("契約書案.pdf", company.at("preReport.queries.0.answer.attachments.0.fileName"));
    assertEquals(1, company.<List<?>>at("preReport.inform.citedConcerns").size());
    assertEquals("LICENCE_GRANTED_WITH_CONDITIONS", company.at("preReport.outcome.type"));
    assertNull(api.graphql(stranger, CHAIN, Map.of("id", caseId)).at("preReport"));
  }

  @Test
  void aSecondCaseClosesWithMeasuresAgreedAndItsOutcomeIsRecorded() {
    String caseId = filedReport();
    ok(mutate(officer, "startPreReportReview(id: $id)", caseId), "startPreReportReview");
    assertEquals("INVALID_STATE", error(measures(officer, caseId), "closeWithMeasuresAgreed"));
    held(meeting(caseId));
    assertEquals("FORBIDDEN", error(measures(filer, caseId), "closeWithMeasuresAgreed"));
    assertEquals("NOT_FOUND", error(measures(stranger, caseId), "closeWithMeasuresAgreed"));
    assertEquals("IN_DIALOGUE", state(caseId));

    ok(measures(officer, caseId), "closeWithMeasuresAgreed");

    GraphQLResponse company = api.graphql(filer, CHAIN, Map.of("id", caseId));
    assertEquals("CLOSED_MEASURES_AGREED", company.at("preReport.state"));
    assertEquals("CLOSED_MEASURES_AGREED", company.at("preReport.outcome.type"));
    assertEquals(List.of("出荷先の限定", "技術者出向の制限"), company.at("preReport.outcome.items"));
    assertTrue(deadlines(caseId).stream().noneMatch(TrackedDeadline::isOpen));
    assertEquals("INVALID_STATE", error(close(officer, caseId), "closeNoConcern"));
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Tokyo"));
  }

  private List<TrackedDeadline> deadlines(String caseId) {
    return unitOfWork.readOnly(() -> ledger.ofCase(CaseId.parse(caseId)));
  }

  private Optional<TrackedDeadline> openDeadline(String caseId, String subject) {
    return deadlines(caseId).stream()
        .filter(d -> d.isOpen() && d.subject().equals(subject))
        .findFirst();
  }

  private String filedReport() {
    String id =
        api.graphql(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                    + " id } } }",
                Map.of("in", CaseFixture.form("lifecycle")))
            .at("createPreReportDraft.preReport.id");
    ok(mutate(filer, "submitPreReport(id: $id)", id), "submitPreReport");
    return id;
  }

  private GraphQLResponse mutate(String token, String call, String id) {
    return api.graphql(
        token, "mutation($id: ID!) { " + call + " { errors { code field } } }", Map.of("id", id));
  }

  private String state(String caseId) {
    return api.graphql(
            officer, "query($id: ID!) { preReport(id: $id) { state } }", Map.of("id", caseId))
        .at("preReport.state");
  }

  private String meeting(String caseId) {
    Map<String, Object> input =
        Map.of(
            "startsAt",
            clock.instant().plus(Duration.ofDays(3)).toString(),
            "place",
            "経済産業省 会議室",
            "agenda",
            List.of(
                Map.of("text", "技術管理措置", "visibility", "COMPANY_VISIBLE"),
                Map.of("text", INTERNAL_AGENDA, "visibility", "INTERNAL")));
    return ok(
            api.graphql(
                officer,
                "mutation($id: ID!, $in: MeetingInput!) { scheduleMeeting(caseId: $id, input: $in)"
                    + " { meeting { id } errors { code field } } }",
                Map.of("id", caseId, "in", input)),
            "scheduleMeeting")
        .at("scheduleMeeting.meeting.id");
  }

  private void held(String meetingId) {
    ok(
        api.graphql(
            officer,
            "mutation($id: ID!, $in: MeetingRecordInput!) { recordMeetingHeld(id: $id, input: $in)"
                + " { errors { code field } } }",
            Map.of(
                "id",
                meetingId,
                "in",
                Map.of(
                    "minutes",
                    List.of(Map.of("text", INTERNAL_MINUTE, "visibility", "INTERNAL"))))),
        "recordMeetingHeld");
  }

  private String raise(String caseId, String category) {
    return ok(
            api.graphql(
                officer,
                "mutation($id: ID!, $in: ConcernInput!) { raiseConcern(caseId: $id, input: $in)"
                    + " { concern { id } errors { code field } } }",
                Map.of(
                    "id",
                    caseId,
                    "in",
                    Map.of(
                        "category",
                        category,
                        "severity",
                        "HIGH",
                        "description",
                        "確認事項 " + category,
                        "concernInformation",
                        CONCERN_INFORMATION))),
            "raiseConcern")
        .at("raiseConcern.concern.id");
  }

  private GraphQLResponse ask(String token, String caseId) {
    return api.graphql(
        token,
        "mutation($id: ID!) { askQuery(caseId: $id, input: {question: \"出荷先一覧を提出してください\","
            + " replyDays: 10}) { query { id state replyDays replyDue } errors { code field } } }",
        Map.of("id", caseId));
  }

  private GraphQLResponse answerQuery(String token, String queryId) {
    return api.graphql(
        token,
        "mutation($id: ID!, $in: QueryAnswerInput!) { answerQuery(id: $id, input: $in) { query {"
            + " id state } errors { code field } } }",
        Map.of(
            "id",
            queryId,
            "in",
            Map.of(
                "text",
                "一覧を添付します",
                "attachments",
                List.of(
                    Map.of(
                        "fileName",
                        "契約書案.pdf",
                        "mediaType",
                        "application/pdf",
                        "size",
                        123456,
                        "sha256",
                        SHA)))));
  }

  private GraphQLResponse inform(String token, String caseId, String concernId) {
    return api.graphql(
        token,
        "mutation($id: ID!, $in: InformInput!) { issueInform(caseId: $id, input: $in) {"
            + " preReport { state } errors { code field } } }",
        Map.of(
            "id",
            caseId,
            "in",
            Map.of(
                "citedConcerns",
                List.of(concernId),
                "proposedConditions",
                List.of("第三国への再移転の禁止"),
                "summary",
                "懸念が払拭されないため許可申請を求める")));
  }

  private GraphQLResponse apply(String token, String caseId) {
    return api.graphql(
        token,
        "mutation($id: ID!, $in: LicenceApplicationInput!) { applyForLicence(caseId: $id,"
            + " input: $in) { preReport { state } errors { code field } } }",
        Map.of(
            "id",
            caseId,
            "in",
            Map.of(
                "companyReference",
                "ABC-2026-001",
                "appliedOn",
                today().toString(),
                "responses",
                List.of(Map.of("condition", 0, "accepted", true)))));
  }

  private GraphQLResponse decide(String token, String caseId, String decision, List<String> items) {
    return api.graphql(
        token,
        "mutation($id: ID!, $in: LicenceDecisionInput!) { decideLicence(caseId: $id, input: $in)"
            + " { preReport { state } errors { code field } } }",
        Map.of(
            "id", caseId, "in", Map.of("decision", decision, "items", items, "summary", "審査の結果")));
  }

  private GraphQLResponse close(String token, String caseId) {
    return api.graphql(
        token,
        "mutation($id: ID!) { closeNoConcern(caseId: $id, summary: \"懸念なし\") { errors { code"
            + " field } } }",
        Map.of("id", caseId));
  }

  private GraphQLResponse measures(String token, String caseId) {
    return api.graphql(
        token,
        "mutation($id: ID!) { closeWithMeasuresAgreed(caseId: $id, measures: [\"出荷先の限定\","
            + " \"技術者出向の制限\"], summary: \"措置に合意\") { errors { code field } } }",
        Map.of("id", caseId));
  }

  private static GraphQLResponse ok(GraphQLResponse response, String field) {
    assertTrue(response.errors().isEmpty(), () -> response.body().toString());
    List<Map<String, Object>> errors = response.at(field + ".errors");
    assertEquals(List.of(), errors, () -> field + ": " + response.body());
    return response;
  }

  private static String error(GraphQLResponse response, String field) {
    List<Map<String, Object>> errors = response.at(field + ".errors");
    assertTrue(errors != null && !errors.isEmpty(), () -> field + ": " + response.body());
    return (String) errors.get(0).get("code");
  }
}
