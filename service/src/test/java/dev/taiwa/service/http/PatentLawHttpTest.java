package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.taiwa.cases.deadline.application.DeadlineSweep;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.application.DesignationExpiry;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Track B's dates and routes over HTTP, as the law has them (issue 13): application numbers, the
 * end of first screening (ESPA Art. 66), the lifting notice and extensions, one status for a
 * deadline in every view, and who is told what. Every date is written by hand; the clock is set at
 * the start of each test.
 */
@MicronautTest(transactional = false)
class PatentLawHttpTest extends DatabaseTest {
  private static final String CASE =
      "{ patentApplication { id state matchedFields } errors { code field message } }";
  private static final String TRACK =
      "query($id: ID!) { patentApplication(id: $id) { state matchedFields"
          + " foreignFilingGate { status reason }"
          + " trackDeadlines { subject due status metOn cancelledOn }"
          + " deadlines { subject status dueDate metOn cancelledOn } } }";
  private static final String FEED =
      "{ notifications(first: 100) { edges { node { kind caseReference dueDate } } } }";

  private final MovableClock clock = MovableClock.startingAt(tokyo(LocalDate.of(2026, 8, 3)));

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject DesignationExpiry expiry;
  @Inject DeadlineSweep sweep;

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  private ApiClient api;
  private World world;
  private String examiner;
  private String reviewer;
  private String filer;
  private int serial = 700000;
  private static final String PW = World.PASSWORD;

  @BeforeAll
  void logEveryoneIn() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    examiner = api.login(world.user("law-examiner", world.meti, Role.PATENT_EXAMINER), PW);
    reviewer = api.login(world.user("law-reviewer", world.meti, Role.SECURITY_REVIEWER), PW);
    filer = api.login(world.user("law-filer", world.alpha, Role.FILER), PW);
  }

  private static Instant tokyo(LocalDate date) {
    return date.atTime(10, 0).atZone(JapanTime.ZONE).toInstant();
  }

  private void today(String date) {
    clock.set(tokyo(LocalDate.parse(date)));
  }

  private GraphQLResponse register(String number, String filed) {
    Map<String, Object> in = new HashMap<>();
    in.put("applicationNumber", number);
    in.put("filingDate", filed);
    in.put("applicantIds", List.of(world.alpha.id().toString()));
    in.put("inventionCompletedInJapan", true);
    in.put("title", "誘導装置 " + number);
    in.put("ipcCodes", List.of("F41G 7/00"));
    in.put("route", "DIRECT");
    return api.graphql(
        examiner,
        "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in) "
            + CASE
            + " }",
        Map.of("in", in));
  }

  /** Registers an application filed on {@code filed}; answers its id and number. */
  private String[] registered(String filed) {
    String number = filed.substring(0, 4) + "-" + serial++;
    GraphQLResponse response = register(number, filed);
    assertEquals(List.of(), response.at("registerPatentApplication.errors"), response::toString);
    return new String[] {response.at("registerPatentApplication.patentApplication.id"), number};
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

  @SuppressWarnings("unchecked")
  private Map<String, Object> refused(String token, String call, String id) {
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) change(token, call, id).get("errors");
    assertEquals(1, errors.size(), () -> call + " -> " + errors);
    return errors.get(0);
  }

  private Map<String, Object> track(String token, String id) {
    return api.graphql(token, TRACK, Map.of("id", id)).at("patentApplication");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deadline(Map<String, Object> app, String list, String s) {
    return ((List<Map<String, Object>>) app.get(list))
        .stream().filter(d -> s.equals(d.get("subject"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> gate(Map<String, Object> application) {
    return (Map<String, Object>) application.get("foreignFilingGate");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> feed(String token, String reference) {
    List<Map<String, Object>> edges = api.graphql(token, FEED).at("notifications.edges");
    return edges.stream()
        .map(e -> (Map<String, Object>) e.get("node"))
        .filter(n -> reference.equals(n.get("caseReference")))
        .toList();
  }

  private List<String> kindsTold(String token, String reference) {
    return feed(token, reference).stream().map(n -> (String) n.get("kind")).toList();
  }

  private static final String SEND =
      "decideScreening(id: $id, input: {outcome: SEND_TO_REVIEW, matchedFields: [3], reason:"
          + " \"誘導武器\"})";

  /** Sent on the day, under review, prior notice maintained, designated until {@code end}. */
  private void designate(String id, String end) {
    accepted(examiner, SEND, id);
    accepted(reviewer, "startSecurityReview(id: $id)", id);
    accepted(reviewer, "issuePriorNotice(id: $id, text: \"保全指定の前の通知\")", id);
    accepted(
        filer,
        "maintainPatentApplication(id: $id, input: {businesses: [{name: \"桜精機株式会社\", address:"
            + " \"東京都大田区1-2-3\", role: \"部品製造\"}]})",
        id);
    accepted(
        reviewer,
        "designatePatentApplication(id: $id, periodEnd: \"" + end + "\", reason: \"理由\")",
        id);
  }

  @Test
  void anApplicationNumbersYearIsItsFilingYearAndSerialZeroIsNoNumber() {
    today("2026-08-03");

    @SuppressWarnings("unchecked")
    Map<String, Object> wrongYear =
        ((List<Map<String, Object>>)
                register("2025-123456", "2026-08-01").at("registerPatentApplication.errors"))
            .get(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> zero =
        ((List<Map<String, Object>>)
                register("2026-000000", "2026-08-01").at("registerPatentApplication.errors"))
            .get(0);

    assertEquals("INVALID_VALUE", wrongYear.get("code"));
    assertEquals("applicationNumber", wrongYear.get("field"));
    assertEquals("INVALID_VALUE", zero.get("code"));
    assertEquals("applicationNumber", zero.get("field"));
    assertEquals(
        List.of(), register("2026-123456", "2026-08-01").at("registerPatentApplication.errors"));
  }

  private void notice(String token, String mutation, String id) {
    GraphQLResponse response =
        api.graphql(
            token,
            "mutation($id: ID!) { "
                + mutation
                + "(id: $id) { nonSendingNotice { issuedOn } errors { code message } } }",
            Map.of("id", id));
    assertEquals(List.of(), response.at(mutation + ".errors"), response::toString);
  }

  @Test
  void pastItsScreeningPeriodOrItsNoticeOfNonSendingAnApplicationCannotBeSentToReview() {
    today("2026-08-03");
    String[] noticed = registered("2026-08-01");
    String[] lapsed = registered("2026-08-01");
    notice(filer, "requestNonSendingNotice", noticed[0]);

    // Screening period: 2026-08-01 + 3 months ends on 2026-11-01. On 2026-12-05 the examiner
    // issues the requested notice of non-sending; the gate is open.
    today("2026-12-05");
    notice(examiner, "issueNonSendingNotice", noticed[0]);
    assertEquals(
        Map.of("status", "ALLOWED", "reason", "SCREENING_PERIOD_PASSED"),
        gate(track(filer, noticed[0])));

    assertEquals("SCREENING_PERIOD_ENDED", refused(examiner, SEND, noticed[0]).get("code"));
    assertEquals("SCREENING_PERIOD_ENDED", refused(examiner, SEND, lapsed[0]).get("code"));
    Map<String, Object> after = track(filer, noticed[0]);
    assertEquals("UNDER_SCREENING", after.get("state"));
    assertEquals(Map.of("status", "ALLOWED", "reason", "SCREENING_PERIOD_PASSED"), gate(after));
  }

  @Test
  void aLateDecisionNotToSendNamesNoFieldAndShowsItsDeadlineMetLateInEveryView() {
    today("2026-08-03");
    String[] app = registered("2026-08-01");
    today("2026-11-04");

    Map<String, Object> withFields =
        refused(
            examiner,
            "decideScreening(id: $id, input: {outcome: NOT_SENT, matchedFields: [3], reason:"
                + " \"該当しない\"})",
            app[0]);
    assertEquals("INVALID_VALUE", withFields.get("code"));
    assertEquals("matchedFields", withFields.get("field"));
    accepted(
        examiner,
        "decideScreening(id: $id, input: {outcome: NOT_SENT, reason: \"該当しない\"})",
        app[0]);

    Map<String, Object> decided = track(examiner, app[0]);
    assertEquals("NOT_SENT", decided.get("state"));
    assertEquals(List.of(), decided.get("matchedFields"));
    Map<String, Object> onTrack = deadline(decided, "trackDeadlines", "screening");
    Map<String, Object> inList = deadline(decided, "deadlines", "screening");
    assertEquals("2026-11-01", onTrack.get("due"));
    assertEquals("2026-11-04", onTrack.get("metOn"));
    assertEquals("MET_LATE", onTrack.get("status"));
    assertEquals("MET_LATE", inList.get("status"));
    assertEquals(List.of("PATENT_NOT_SENT"), kindsTold(filer, app[1]));
  }

  @Test
  void withinItsPeriodAnApplicationIsSentInTimeAndTheApplicantIsTold() {
    today("2026-08-03");
    String[] app = registered("2026-08-03");
    today("2026-11-03");

    accepted(examiner, SEND, app[0]);

    Map<String, Object> sent = track(filer, app[0]);
    assertEquals("SENT_TO_REVIEW", sent.get("state"));
    assertEquals("MET", deadline(sent, "trackDeadlines", "screening").get("status"));
    assertEquals("MET", deadline(sent, "deadlines", "screening").get("status"));
    assertEquals(List.of("PATENT_SENT_TO_REVIEW"), kindsTold(filer, app[1]));
  }

  @Test
  void aLiftingNoticeIsNotDatedInTheFutureAndAnExtensionIsToldItMustEndAfterTheCurrentEnd() {
    today("2026-08-03");
    String[] app = registered("2026-08-03");
    designate(app[0], "2027-06-30");

    today("2027-03-01");
    Map<String, Object> shortened =
        refused(
            reviewer,
            "extendDesignation(id: $id, periodEnd: \"2027-05-31\", reason: \"見直し\")",
            app[0]);
    assertEquals("periodEnd", shortened.get("field"));
    assertEquals("延長後の指定期間の末日は、現在の末日（2027-06-30）より後の日付としてください", shortened.get("message"));

    Map<String, Object> future =
        refused(
            reviewer,
            "liftDesignation(id: $id, reason: \"必要性の消滅\", noticeDate: \"2027-03-02\")",
            app[0]);
    assertEquals("INVALID_VALUE", future.get("code"));
    assertEquals("noticeDate", future.get("field"));
    Map<String, Object> stillDesignated = track(filer, app[0]);
    assertEquals("DESIGNATED", stillDesignated.get("state"));
    assertEquals(Map.of("status", "BLOCKED", "reason", "DESIGNATED"), gate(stillDesignated));

    accepted(
        reviewer,
        "liftDesignation(id: $id, reason: \"必要性の消滅\", noticeDate: \"2027-03-01\")",
        app[0]);
    Map<String, Object> lifted = track(filer, app[0]);
    assertEquals("CANCELLED", deadline(lifted, "trackDeadlines", "designation:1").get("status"));
    assertEquals("CANCELLED", deadline(lifted, "deadlines", "designation:1").get("status"));
    // The later of filing + 3 years (Friday 2029-08-03) and notice + 3 months (2027-06-01).
    assertEquals(
        "2029-08-03", deadline(lifted, "trackDeadlines", "examination-request").get("due"));
    Map<String, Object> told = feed(filer, app[1]).get(0);
    assertEquals("PATENT_DESIGNATION_LIFTED", told.get("kind"));
    assertEquals("2029-08-03", told.get("dueDate"));
  }

  @Test
  void whenADesignationExpiresTheApplicantIsToldWithTheExaminationRequestDeadlineThatFollows() {
    today("2024-06-03");
    String[] app = registered("2024-06-03");
    designate(app[0], "2025-06-02");

    today("2025-06-03");
    assertEquals(1, expiry.run());

    Map<String, Object> expired = track(filer, app[0]);
    assertEquals("EXPIRED", expired.get("state"));
    // The later of filing + 3 years (2027-06-03) and the period's end + 3 months (2025-09-02).
    Map<String, Object> exam = deadline(expired, "trackDeadlines", "examination-request");
    assertEquals("2027-06-03", exam.get("due"));
    Map<String, Object> last = feed(filer, app[1]).get(0);
    assertEquals("PATENT_DESIGNATION_EXPIRED", last.get("kind"));
    assertEquals("2027-06-03", last.get("dueDate"));
  }

  @Test
  void theOneWorkingDayReminderComesTheWorkingDayBeforeTheDueDateNeverOnIt() {
    today("2026-10-05");
    String[] dueMonday = registered("2026-10-01");
    String[] dueTuesday = registered("2026-10-01");
    for (String[] app : List.of(dueMonday, dueTuesday)) {
      accepted(examiner, SEND, app[0]);
      accepted(reviewer, "startSecurityReview(id: $id)", app[0]);
    }
    // Asked on Monday 2 November: 14 days are due Monday 16 November, 15 days Tuesday 17.
    today("2026-11-02");
    requestMaterials(dueMonday[0], 14);
    requestMaterials(dueTuesday[0], 15);

    // The first sweep after the request runs on Monday 16 November.
    today("2026-11-16");
    sweep.run();

    assertEquals(
        List.of("PATENT_MATERIALS_REQUESTED", "PATENT_SENT_TO_REVIEW"),
        kindsTold(filer, dueMonday[1]),
        "no 'one working day left' on the due date itself");
    Map<String, Object> tuesday = feed(filer, dueTuesday[1]).get(0);
    assertEquals("DEADLINE_IN_1_WORKING_DAY", tuesday.get("kind"), "newest first");
    assertEquals("2026-11-17", tuesday.get("dueDate"));
  }

  @Test
  void theApplicantSeesWhoRecordedAReviewRecordByNameAndOfficeNotByUserId() {
    today("2026-10-05");
    String[] app = registered("2026-10-01");
    accepted(examiner, SEND, app[0]);
    accepted(reviewer, "startSecurityReview(id: $id)", app[0]);
    requestMaterials(app[0], 14);
    String query =
        "query($id: ID!) { patentApplication(id: $id) { reviewRecords { recordedById recordedBy {"
            + " id name office } } } }";

    Map<String, Object> byFiler =
        api.graphql(filer, query, Map.of("id", app[0])).at("patentApplication.reviewRecords.0");
    Map<String, Object> byReviewer =
        api.graphql(reviewer, query, Map.of("id", app[0])).at("patentApplication.reviewRecords.0");

    assertNull(byFiler.get("recordedById"));
    assertNull(((Map<?, ?>) byFiler.get("recordedBy")).get("id"));
    assertEquals("law-reviewer さん", ((Map<?, ?>) byFiler.get("recordedBy")).get("name"));
    assertEquals("経済産業省", ((Map<?, ?>) byFiler.get("recordedBy")).get("office"));
    assertNotNull(byReviewer.get("recordedById"));
  }

  private void requestMaterials(String id, int days) {
    GraphQLResponse response =
        api.graphql(
            reviewer,
            "mutation($id: ID!) { requestReviewMaterials(id: $id, input: {text: \"図面\", replyDays: "
                + days
                + "}) { date errors { code } } }",
            Map.of("id", id));
    assertEquals(List.of(), response.at("requestReviewMaterials.errors"), response::toString);
  }
}
