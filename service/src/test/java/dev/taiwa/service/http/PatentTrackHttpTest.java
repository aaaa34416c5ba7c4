package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.MovableClock;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Track B end to end over HTTP, as a new user would try it, with the clock at Monday 2 March 2026
 * (10:00 in Tokyo) and later moved on: 20 applications registered, 3 sent to security review (one
 * by the applicant's request), one designated after a maintained prior notice, extended once, a
 * working permission granted with conditions and a sharing approval, then lifted. Every date below
 * is written by hand.
 */
@MicronautTest(transactional = false)
class PatentTrackHttpTest extends DatabaseTest {
  private static final String CASE =
      "{ patentApplication { id state } errors { code field message } }";
  private static final String RECORD = "{ recordId date errors { code field message } }";
  private static final String TRACK =
      "query($id: ID!) { patentApplication(id: $id) { state secretWithheld title publicationHeld"
          + " decisionHeld foreignFilingGate { status reason reasonJa since }"
          + " designation { designatedOn periodEnd extensions liftingNoticeDate }"
          + " trackDeadlines { subject rule obligor due status metOn cancelledOn explanation }"
          + " reviewRecords { kind text parentId date businesses { name address role } } } }";

  private final MovableClock clock = MovableClock.startingAt(tokyo(LocalDate.of(2026, 3, 2)));

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  private ApiClient api;
  private World world;

  private static Instant tokyo(LocalDate date) {
    return date.atTime(10, 0).atZone(JapanTime.ZONE).toInstant();
  }

  private String login(String name, dev.taiwa.cases.identity.Organisation org, Role role) {
    return api.login(world.user(name, org, role), World.PASSWORD);
  }

  private String register(String examiner, String number, String filed) {
    Map<String, Object> in = new HashMap<>();
    in.put("applicationNumber", number);
    in.put("filingDate", filed);
    in.put("applicantIds", List.of(world.alpha.id().toString()));
    in.put("inventionCompletedInJapan", true);
    in.put("title", "極超音速飛翔体の誘導装置 " + number);
    in.put("abstract", "飛翔体の軌道を制御する。");
    in.put("claims", "【請求項1】誘導装置。");
    in.put("ipcCodes", List.of("F41G 7/00"));
    in.put("route", "DIRECT");
    GraphQLResponse response =
        api.graphql(
            examiner,
            "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in) "
                + CASE
                + " }",
            Map.of("in", in));
    assertEquals(List.of(), response.at("registerPatentApplication.errors"), response::toString);
    return response.at("registerPatentApplication.patentApplication.id");
  }

  private Map<String, Object> change(String token, String call, String id) {
    String field = call.substring(0, call.indexOf('('));
    GraphQLResponse response =
        api.graphql(token, "mutation($id: ID!) { " + call + " " + CASE + " }", Map.of("id", id));
    assertNotNull(response.at(field), () -> response.body().toString());
    return response.at(field);
  }

  private void accepted(String token, String call, String id) {
    Map<String, Object> payload = change(token, call, id);
    assertEquals(List.of(), payload.get("errors"), () -> call + " -> " + payload);
  }

  private Map<String, Object> filed(String token, String call, String id) {
    String field = call.substring(0, call.indexOf('('));
    GraphQLResponse response =
        api.graphql(token, "mutation($id: ID!) { " + call + " " + RECORD + " }", Map.of("id", id));
    Map<String, Object> payload = response.at(field);
    assertEquals(List.of(), payload.get("errors"), () -> call + " -> " + payload);
    return payload;
  }

  private Map<String, Object> track(String token, String id) {
    return api.graphql(token, TRACK, Map.of("id", id)).at("patentApplication");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> deadlines(Map<String, Object> application) {
    return ((List<Map<String, Object>>) application.get("trackDeadlines"))
        .stream().collect(Collectors.toMap(d -> (String) d.get("subject"), d -> d, (a, b) -> b));
  }

  @SuppressWarnings("unchecked")
  private static List<String> kinds(Map<String, Object> application) {
    return ((List<Map<String, Object>>) application.get("reviewRecords"))
        .stream().map(r -> (String) r.get("kind")).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> gate(Map<String, Object> application) {
    return (Map<String, Object>) application.get("foreignFilingGate");
  }

  @Test
  @SuppressWarnings("unchecked")
  void anApplicationGoesThroughReviewDesignationExtensionObligationsAndLifting() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    String examiner = login("track-examiner", world.meti, Role.PATENT_EXAMINER);
    String reviewer = login("track-reviewer", world.meti, Role.SECURITY_REVIEWER);
    String filer = login("track-filer", world.alpha, Role.FILER);
    String stranger = login("track-stranger", world.beta, Role.FILER);
    String officer = login("track-officer", world.meti, Role.DIALOGUE_OFFICER);
    String auditor = login("track-auditor", world.meti, Role.AUDITOR);

    // 20 applications: the designated one, one not designated, one the applicant sends, one left
    // overdue in screening, 16 more.
    // Filed 2025-12-02: its screening period ends on Monday 2026-03-02, so it can still be sent
    // today (ESPA Art. 66).
    String designated = register(examiner, "2025-900001", "2025-12-02");
    String notDesignated = register(examiner, "2026-900002", "2026-01-15");
    String requested = register(examiner, "2026-900003", "2026-02-02");
    String overdue = register(examiner, "2025-900004", "2025-11-20");
    List<String> others = new ArrayList<>();
    for (int i = 5; i <= 20; i++) {
      others.add(register(examiner, "2026-9000" + (i < 10 ? "0" : "") + i, "2026-02-16"));
    }
    assertEquals(16, others.size());

    // First screening on the ledger: filing + 3 months, Civil Code counting.
    assertEquals("2026-03-02", deadlines(track(examiner, designated)).get("screening").get("due"));
    assertEquals(
        "2026-05-16", deadlines(track(examiner, others.get(0))).get("screening").get("due"));
    List<Map<String, Object>> overdueQueue =
        api.graphql(examiner, "{ screeningQueue(overdueOnly: true) { id } }").at("screeningQueue");
    List<Object> overdueIds = overdueQueue.stream().map(a -> a.get("id")).toList();
    assertEquals(List.of(overdue), overdueIds);

    // Three sent to review: two by the examiner, one at the applicant's request (申出).
    String send =
        "decideScreening(id: $id, input: {outcome: SEND_TO_REVIEW, matchedFields: [3], reason:"
            + " \"誘導武器\"})";
    accepted(examiner, send, designated);
    accepted(examiner, send, notDesignated);
    accepted(filer, "requestSecurityReview(id: $id)", requested);
    Map<String, Object> sent = track(reviewer, designated);
    assertEquals("2026-03-02", deadlines(sent).get("screening").get("metOn"));
    assertEquals("2026-10-02", deadlines(sent).get("review-decision").get("due"));
    assertEquals(
        "2026-12-02", deadlines(track(reviewer, requested)).get("review-decision").get("due"));
    assertEquals(
        List.of(overdue),
        ((List<Map<String, Object>>)
                api.graphql(examiner, "{ screeningQueue(overdueOnly: true) { id } }")
                    .at("screeningQueue"))
            .stream().map(a -> a.get("id")).toList());
    assertEquals(
        Map.of(
            "status", "ALLOWED",
            "reason", "SCREENING_PERIOD_PASSED",
            "reasonJa", "出願から3月以内に保全審査に送付されなかった",
            "since", "2026-02-21"),
        gate(track(examiner, overdue)));

    // Security review: a request for materials (10 days) answered, a consultation kept internal.
    accepted(reviewer, "startSecurityReview(id: $id)", designated);
    accepted(reviewer, "startSecurityReview(id: $id)", notDesignated);
    Map<String, Object> request =
        filed(
            reviewer,
            "requestReviewMaterials(id: $id, input: {text: \"試作品の図面\", replyDays: 10})",
            designated);
    assertEquals("2026-03-12", request.get("date"));
    filed(
        filer,
        "answerReviewMaterials(id: $id, requestId: \""
            + request.get("recordId")
            + "\", text: \"図面を提出します\")",
        designated);
    filed(reviewer, "recordConsultation(id: $id, text: \"防衛装備庁に照会\")", designated);
    assertEquals(
        List.of("MATERIALS_REQUEST", "MATERIALS_REPLY", "CONSULTATION"),
        kinds(track(reviewer, designated)));
    assertEquals(List.of("MATERIALS_REQUEST", "MATERIALS_REPLY"), kinds(track(filer, designated)));
    assertEquals(
        "MET",
        deadlines(track(reviewer, designated))
            .get("materials:" + request.get("recordId"))
            .get("status"));

    // Not designated: a notice; the gate opens.
    accepted(reviewer, "decideNotDesignated(id: $id, notice: \"指定しない\")", notDesignated);
    assertEquals(
        Map.of(
            "status", "ALLOWED",
            "reason", "NOT_DESIGNATED",
            "reasonJa", "保全指定をしない旨の通知",
            "since", "2026-03-02"),
        gate(track(filer, notDesignated)));

    // Prior notice, 14 days to reply; designation before the applicant maintains is refused.
    accepted(reviewer, "issuePriorNotice(id: $id, text: \"保全指定の前の通知\")", designated);
    Map<String, Object> noticed = track(filer, designated);
    assertEquals("2026-03-16", deadlines(noticed).get("prior-notice").get("due"));
    assertEquals("COMPANY", deadlines(noticed).get("prior-notice").get("obligor"));
    assertEquals(
        "INVALID_STATE",
        ((List<Map<String, Object>>)
                change(
                        reviewer,
                        "designatePatentApplication(id: $id, periodEnd: \"2027-03-02\", reason:"
                            + " \"理由\")",
                        designated)
                    .get("errors"))
            .get(0)
            .get("code"));
    assertEquals(
        "REPLY_PERIOD_NOT_ENDED",
        ((List<Map<String, Object>>)
                change(reviewer, "dismissPatentApplication(id: $id, reason: \"応答なし\")", designated)
                    .get("errors"))
            .get(0)
            .get("code"));
    accepted(
        filer,
        "maintainPatentApplication(id: $id, input: {businesses: [{name: \"桜精機株式会社\", address:"
            + " \"東京都大田区1-2-3\", role: \"部品製造\"}], note: \"維持します\"})",
        designated);

    // Designation: at most one year, so 2027-03-03 is refused and 2027-03-02 accepted.
    assertEquals(
        "periodEnd",
        ((List<Map<String, Object>>)
                change(
                        reviewer,
                        "designatePatentApplication(id: $id, periodEnd: \"2027-03-03\", reason:"
                            + " \"理由\")",
                        designated)
                    .get("errors"))
            .get(0)
            .get("field"));
    accepted(
        reviewer,
        "designatePatentApplication(id: $id, periodEnd: \"2027-03-02\", reason: \"安全保障上の理由\")",
        designated);
    Map<String, Object> inForce = track(filer, designated);
    assertEquals("DESIGNATED", inForce.get("state"));
    assertEquals(true, inForce.get("publicationHeld"));
    assertEquals(true, inForce.get("decisionHeld"));
    assertEquals("2026-03-02", deadlines(inForce).get("review-decision").get("metOn"));
    assertEquals("2026-03-02", deadlines(inForce).get("prior-notice").get("metOn"));
    assertEquals("2027-03-02", deadlines(inForce).get("designation:1").get("due"));
    assertEquals("OFFICIALS", deadlines(inForce).get("designation:1").get("obligor"));
    assertEquals(
        Map.of(
            "status", "BLOCKED",
            "reason", "DESIGNATED",
            "reasonJa", "保全指定中（外国出願禁止）",
            "since", "2026-03-02"),
        gate(inForce));

    // While designated: withdrawal is prohibited (Art. 72), with its own code.
    Map<String, Object> withdrawal =
        change(filer, "withdrawPatentApplication(id: $id, reason: \"やめたい\")", designated);
    assertEquals(
        "WITHDRAWAL_PROHIBITED_WHILE_DESIGNATED",
        ((List<Map<String, Object>>) withdrawal.get("errors")).get(0).get("code"));

    // Nobody without need-to-know reads the content: another company, a dialogue officer, the
    // auditor see nothing at all.
    for (String outsider : List.of(stranger, officer, auditor)) {
      assertNull(track(outsider, designated));
    }

    // Eleven months on: extended by a year from the current end.
    clock.set(tokyo(LocalDate.of(2027, 2, 1)));
    accepted(
        reviewer,
        "extendDesignation(id: $id, periodEnd: \"2028-03-02\", reason: \"年次見直し\")",
        designated);
    Map<String, Object> extended = track(reviewer, designated);
    assertEquals("2027-02-01", deadlines(extended).get("designation:1").get("metOn"));
    assertEquals("2028-03-02", deadlines(extended).get("designation:2").get("due"));
    Map<String, Object> term = (Map<String, Object>) extended.get("designation");
    assertEquals("2026-03-02", term.get("designatedOn"));
    assertEquals("2028-03-02", term.get("periodEnd"));
    assertEquals(1, term.get("extensions"));
    assertNull(term.get("liftingNoticeDate"));

    // Obligations: a working permission granted with conditions, a sharing approval.
    Map<String, Object> working =
        filed(
            filer,
            "fileDesignationObligation(id: $id, input: {kind: WORKING_PERMISSION_REQUEST, text:"
                + " \"自社工場での試作\"})",
            designated);
    filed(
        reviewer,
        "decideDesignationObligation(id: $id, input: {kind: WORKING_PERMISSION_GRANTED, parentId:"
            + " \""
            + working.get("recordId")
            + "\", text: \"国内の自社工場に限る\"})",
        designated);
    Map<String, Object> sharing =
        filed(
            filer,
            "fileDesignationObligation(id: $id, input: {kind: SHARING_APPROVAL_REQUEST, text:"
                + " \"共同開発先の追加\", businesses: [{name: \"富士研究所\", address: \"茨城県つくば市1-1\","
                + " role: \"共同開発\"}]})",
            designated);
    filed(
        reviewer,
        "decideDesignationObligation(id: $id, input: {kind: SHARING_APPROVED, parentId: \""
            + sharing.get("recordId")
            + "\", text: \"承認\"})",
        designated);

    // Lifted on 1 June 2027: the examination request is due the later of filing + 3 years
    // (Saturday 2028-12-02, so Monday 2028-12-04) and notice + 3 months (2027-09-01).
    clock.set(tokyo(LocalDate.of(2027, 6, 1)));
    accepted(
        reviewer,
        "liftDesignation(id: $id, reason: \"保全の必要がなくなった\", noticeDate: \"2027-06-01\")",
        designated);
    Map<String, Object> lifted = track(filer, designated);
    assertEquals("LIFTED", lifted.get("state"));
    assertEquals(false, lifted.get("decisionHeld"));
    Map<String, Object> exam = deadlines(lifted).get("examination-request");
    assertEquals("2028-12-04", exam.get("due"));
    assertEquals("COMPANY", exam.get("obligor"));
    assertEquals("patent.examinationRequestYears", exam.get("rule"));
    assertTrue(((String) exam.get("explanation")).startsWith("The later of filing + 3 years"));
    assertEquals("2027-06-01", deadlines(lifted).get("designation:2").get("cancelledOn"));
    assertEquals(
        Map.of(
            "status", "ALLOWED",
            "reason", "LIFTED",
            "reasonJa", "保全指定の解除",
            "since", "2027-06-01"),
        gate(lifted));
    assertEquals(
        List.of(
            "MATERIALS_REQUEST",
            "MATERIALS_REPLY",
            "PRIOR_NOTICE",
            "MAINTAINED",
            "DESIGNATION",
            "EXTENSION",
            "WORKING_PERMISSION_REQUEST",
            "WORKING_PERMISSION_GRANTED",
            "SHARING_APPROVAL_REQUEST",
            "SHARING_APPROVED",
            "LIFTING"),
        kinds(lifted));

    // The applicant's own request is still under review: past the 10-month target, the gate opens.
    assertEquals(
        Map.of(
            "status", "ALLOWED",
            "reason", "DECISION_TARGET_PASSED",
            "reasonJa", "出願から10月以内に保全指定がされなかった",
            "since", "2026-12-03"),
        gate(track(filer, requested)));
    assertNull(track(stranger, requested));
  }
}
