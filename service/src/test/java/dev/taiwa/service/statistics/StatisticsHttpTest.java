package dev.taiwa.service.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.http.World;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code statistics} query over HTTP on a varied set of cases made through the API: every
 * figure equals what plain SQL over the stored rows gives ({@link IndependentFigures}), for the
 * officials' whole tracks and for one company, whose figures hold its own cases only.
 */
@MicronautTest(transactional = false)
class StatisticsHttpTest extends DatabaseTest {
  private static final String QUERY =
      "query($f: StatisticsFilter) { statistics(filter: $f) { preReports { filed"
          + " byTechnology { key count } byDestinationCountry { key count }"
          + " byTransactionType { key count } byState { key count } byMonthFiled { key count }"
          + " byLeadTime { status count share }"
          + " timeToClose { outcome cases medianDays percentile90Days } }"
          + " patents { screened sentToReview shareSentToReview designationsInForce"
          + " designationsEndingSoon extensions liftings compensationClaims compensationClaimedYen"
          + " compensationPaidClaims compensationPaidYen }"
          + " deadlines { rule metOnTime metLate overdue } } }";

  private final MovableClock clock = MovableClock.startingNow();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject SqlStatements sql;
  @Inject UnitOfWork unitOfWork;
  @Inject DeadlineLedger ledger;

  private ApiClient api;
  private World world;
  private final Map<Role, String> tokens = new HashMap<>();
  private String alphaFiler;
  private String betaFiler;
  private LocalDate secondDay;

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  @BeforeAll
  void aVariedSetOfCases() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    for (Role role : Role.values()) {
      tokens.put(
          role,
          api.login(
              world.user("st-" + role.name().toLowerCase(), world.meti, role), World.PASSWORD));
    }
    alphaFiler = api.login(world.user("st-alpha", world.alpha, Role.FILER), World.PASSWORD);
    betaFiler = api.login(world.user("st-beta", world.beta, Role.FILER), World.PASSWORD);
    patents();
    preReports();
  }

  private void patents() {
    CasePaths alpha = new CasePaths(api, tokens, alphaFiler, world.alpha.id().toString());
    CasePaths beta = new CasePaths(api, tokens, betaFiler, world.beta.id().toString());
    alpha.fixture().inState(PatentState.UNDER_SCREENING);
    alpha.fixture().inState(PatentState.NOT_SENT);
    alpha.fixture().inState(PatentState.SENT_TO_REVIEW);
    alpha.fixture().inState(PatentState.LIFTED);
    String extended = alpha.fixture().inState(PatentState.DESIGNATED).id();
    alpha.extend(extended, LocalDate.now(JapanTime.ZONE).plusMonths(9));
    alpha.claim(extended, 5_000_000L, 2_000_000L);
    alpha.claim(extended, 1_000_000L, null);
    String endingSoon = alpha.fixture().inState(PatentState.APPLICATION_MAINTAINED).id();
    alpha.designate(endingSoon, LocalDate.now(JapanTime.ZONE).plusDays(30));
    beta.fixture().inState(PatentState.NOT_SENT);
    beta.fixture().inState(PatentState.NOT_SENT);
    String betaDesignated = beta.fixture().inState(PatentState.DESIGNATED).id();
    beta.claim(betaDesignated, 3_000_000L, 3_000_000L);
  }

  private void preReports() {
    ReportPaths alpha = new ReportPaths(api, alphaFiler, tokens.get(Role.DIALOGUE_OFFICER), clock);
    ReportPaths beta = new ReportPaths(api, betaFiler, tokens.get(Role.DIALOGUE_OFFICER), clock);
    String a1 = alpha.filed(List.of(1, 6), "CN", "CONTRACT_MANUFACTURING", 90);
    String a2 = alpha.filed(List.of(1), "VN", "LICENSING", 10);
    clock.advance(Duration.ofDays(1));
    secondDay = JapanTime.today(clock);
    String a3 = alpha.filed(List.of(3), "CN", "JOINT_VENTURE", 0);
    String b1 = beta.filed(List.of(6), "IN", "OVERSEAS_SUBSIDIARY_PRODUCTION", 90);
    String b2 = beta.filed(List.of(1), "CN", "CONTRACT_MANUFACTURING", 10);
    beta.filed(List.of(1), "TH", "LICENSING", 90);
    alpha.draft();
    clock.advance(Duration.ofDays(1));
    alpha.notReportable(a1);
    clock.advance(Duration.ofDays(2));
    alpha.withdraw(a2);
    beta.notReportable(b1);
    clock.advance(Duration.ofDays(2));
    alpha.closeNoConcern(a3);
    beta.notReportable(b2);
    LocalDate today = JapanTime.today(clock);
    openDeadline(a3, "stats:late", today.minusYears(1));
    unitOfWork.inTransaction(() -> ledger.meet(CaseId.parse(a3), "stats:late", today));
    openDeadline(b1, "stats:overdue", today.minusYears(1));
  }

  @Test
  void anAuditorSeesBothTracksAsPlainSqlCountsThem() {
    Map<String, Object> figures = statistics(tokens.get(Role.AUDITOR), Map.of());

    assertPreReports(expected(null), at(figures, "preReports"));
    assertPatents(expected(null), at(figures, "patents"));
    assertEquals(
        unitOfWork.readOnly(() -> expected(null).deadlines(JapanTime.today(clock), true, true)),
        deadlines(figures));
  }

  @Test
  void aCompanySeesOnlyItsOwnOrganisationsFiguresOnBothTracks() {
    Map<String, Object> figures = statistics(alphaFiler, Map.of());
    IndependentFigures own = expected(world.alpha.id().toString());

    assertPreReports(own, at(figures, "preReports"));
    assertPatents(own, at(figures, "patents"));
    assertEquals(
        unitOfWork.readOnly(() -> own.deadlines(JapanTime.today(clock), true, true)),
        deadlines(figures));
    assertNotEquals(
        at(statistics(tokens.get(Role.AUDITOR), Map.of()), "preReports").get("filed"),
        at(figures, "preReports").get("filed"),
        "the other company's reports are not counted");
  }

  @Test
  void aDialogueOfficerSeesThePreReportTrackOnly() {
    Map<String, Object> figures = statistics(tokens.get(Role.DIALOGUE_OFFICER), Map.of());

    assertPreReports(expected(null), at(figures, "preReports"));
    assertNull(figures.get("patents"));
    assertEquals(
        unitOfWork.readOnly(() -> expected(null).deadlines(JapanTime.today(clock), true, false)),
        deadlines(figures));
  }

  @Test
  void anExaminerSeesThePatentTrackOnlyAndAReviewerOnlyWhatWasSentToReview() {
    Map<String, Object> examiner = statistics(tokens.get(Role.PATENT_EXAMINER), Map.of());
    Map<String, Object> reviewer = statistics(tokens.get(Role.SECURITY_REVIEWER), Map.of());

    assertNull(examiner.get("preReports"));
    assertPatents(expected(null), at(examiner, "patents"));
    assertEquals(
        at(examiner, "patents").get("sentToReview"), at(reviewer, "patents").get("screened"));
    assertEquals(1.0, ((Number) at(reviewer, "patents").get("shareSentToReview")).doubleValue());
  }

  @Test
  void theFiltersNarrowThePeriodAndTheTechnology() {
    Map<String, Object> period =
        statistics(tokens.get(Role.AUDITOR), Map.of("filedFrom", secondDay.toString()));
    Map<String, Object> technology =
        statistics(tokens.get(Role.DIALOGUE_OFFICER), Map.of("technology", 6));
    IndependentFigures all = expected(null);

    assertEquals(
        unitOfWork.readOnly(() -> all.filedFrom(secondDay)),
        number(at(period, "preReports").get("filed")));
    assertEquals(
        unitOfWork.readOnly(() -> all.countBy("t.technology_number")).get("6"),
        number(at(technology, "preReports").get("filed")));
    assertEquals(0L, number(at(period, "patents").get("screened")), "filed a week before");
  }

  @Test
  void anAdminHasNoStatisticsAndAReversedPeriodIsInvalid() {
    assertEquals("FORBIDDEN", errorCode(tokens.get(Role.ADMIN), Map.of()));
    assertEquals(
        "INVALID_VALUE",
        errorCode(
            tokens.get(Role.AUDITOR), Map.of("filedFrom", "2026-03-02", "filedTo", "2026-03-01")));
  }

  private void assertPreReports(IndependentFigures expected, Map<String, Object> actual) {
    unitOfWork.readOnly(
        () -> {
          assertEquals((long) expected.reportValues("r.id").size(), number(actual.get("filed")));
          assertEquals(expected.countBy("t.technology_number"), counts(actual, "byTechnology"));
          assertEquals(
              expected.countBy("r.counterparty_country"), counts(actual, "byDestinationCountry"));
          assertEquals(expected.countBy("r.transaction_type"), counts(actual, "byTransactionType"));
          assertEquals(expected.countBy("r.state"), counts(actual, "byState"));
          assertEquals(expected.byMonth(), counts(actual, "byMonthFiled"));
          assertEquals(expected.countBy("r.lead_time_status"), leadTime(actual));
          assertEquals(expected.timeToClose(), timeToClose(actual));
          return null;
        });
    assertTrue(timeToClose(actual).size() >= 3, "several outcomes: " + actual);
  }

  private void assertPatents(IndependentFigures expected, Map<String, Object> actual) {
    Map<String, Long> wanted =
        unitOfWork.readOnly(() -> new PatentExpectation(expected).figures(ledger.today()));
    Map<String, Long> got = new TreeMap<>();
    wanted.keySet().forEach(k -> got.put(k, number(actual.get(k))));
    assertEquals(wanted, got);
  }

  private IndependentFigures expected(String organisation) {
    return new IndependentFigures(sql, organisation);
  }

  private void openDeadline(String caseId, String subject, LocalDate start) {
    unitOfWork.inTransaction(
        () ->
            ledger.open(
                CaseId.parse(caseId),
                CaseKind.PRE_REPORT,
                subject,
                DeadlineRules.REVIEW_STAGE_TARGET,
                PeriodStart.during(start, new Bilingual("statistics test", "統計試験")),
                Obligor.OFFICIALS));
  }

  private Map<String, Object> statistics(String token, Map<String, Object> filter) {
    GraphQLResponse response = api.graphql(token, QUERY, Map.of("f", filter));
    assertEquals(List.of(), response.errors(), () -> response.body().toString());
    return response.at("statistics");
  }

  private String errorCode(String token, Map<String, Object> filter) {
    GraphQLResponse response = api.graphql(token, QUERY, Map.of("f", filter));
    return ((Map<?, ?>) response.errors().get(0).get("extensions")).get("code").toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> at(Map<String, Object> figures, String track) {
    return (Map<String, Object>) figures.get(track);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> map, String field) {
    return (List<Map<String, Object>>) map.get(field);
  }

  private static Map<String, Long> counts(Map<String, Object> figures, String field) {
    Map<String, Long> counts = new TreeMap<>();
    list(figures, field).forEach(c -> counts.put((String) c.get("key"), number(c.get("count"))));
    return counts;
  }

  private static Map<String, Long> leadTime(Map<String, Object> figures) {
    Map<String, Long> counts = new TreeMap<>();
    long total = list(figures, "byLeadTime").stream().mapToLong(c -> number(c.get("count"))).sum();
    for (Map<String, Object> c : list(figures, "byLeadTime")) {
      counts.put((String) c.get("status"), number(c.get("count")));
      assertEquals(
          (double) number(c.get("count")) / total, ((Number) c.get("share")).doubleValue(), 1e-9);
    }
    return counts;
  }

  private static Map<String, List<Long>> timeToClose(Map<String, Object> figures) {
    Map<String, List<Long>> rows = new TreeMap<>();
    list(figures, "timeToClose")
        .forEach(
            t ->
                rows.put(
                    (String) t.get("outcome"),
                    List.of(
                        number(t.get("cases")),
                        number(t.get("medianDays")),
                        number(t.get("percentile90Days")))));
    return rows;
  }

  private static Map<String, List<Long>> deadlines(Map<String, Object> figures) {
    Map<String, List<Long>> rows = new TreeMap<>();
    list(figures, "deadlines")
        .forEach(
            d ->
                rows.put(
                    (String) d.get("rule"),
                    List.of(
                        number(d.get("metOnTime")),
                        number(d.get("metLate")),
                        number(d.get("overdue")))));
    return rows;
  }

  static long number(Object value) {
    return ((Number) value).longValue();
  }
}
