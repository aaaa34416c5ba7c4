package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.deadline.application.CaseParties;
import dev.taiwa.cases.deadline.application.DeadlineSweep;
import dev.taiwa.cases.deadline.application.SweepReport;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.deadline.tracking.TrackedDeadlines;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notification feed over HTTP: a meeting scheduled on a case reaches the company's filers (not
 * another company's), the deadline sweep reminds the company once per reminder, and read marks are
 * per user.
 */
@MicronautTest(transactional = false)
class NotificationFeedHttpTest extends DatabaseTest {
  private static final String FEED =
      "{ notifications(first: 50) { edges { node { id kind caseReference read textJa textEn"
          + " dueDate } } } unreadNotificationCount }";

  private static final Map<String, Object> MEETING =
      Map.of("startsAt", "2027-01-05T05:00:00Z", "place", "経済産業省 別館 会議室");

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject TrackedDeadlines store;
  @Inject DeadlineRules rules;
  @Inject AdministrativeCalendar calendar;
  @Inject CaseParties parties;
  @Inject NotificationOutbox outbox;
  @Inject AuditLog auditLog;
  @Inject UnitOfWork unitOfWork;

  private ApiClient api;
  private String filer;
  private String colleague;
  private String stranger;
  private String officer;

  @BeforeAll
  void twoCompaniesAndAnOfficer() {
    api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    filer = api.login(world.user("nf-alpha", world.alpha, Role.FILER), World.PASSWORD);
    colleague = api.login(world.user("nf-alpha-2", world.alpha, Role.FILER), World.PASSWORD);
    stranger = api.login(world.user("nf-beta", world.beta, Role.FILER), World.PASSWORD);
    officer =
        api.login(world.user("nf-officer", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
  }

  @Test
  void aScheduledMeetingReachesTheCompanysFilersAndNoOtherCompany() {
    String caseId = underReview();
    String reference = reference(caseId);
    api.graphql(
        officer,
        "mutation($id: ID!, $in: MeetingInput!) { scheduleMeeting(caseId: $id, input: $in) {"
            + " errors { code } } }",
        Map.of("id", caseId, "in", MEETING));

    List<Map<String, Object>> mine = feed(filer, reference);
    assertEquals(1, mine.size());
    assertEquals("MEETING_SCHEDULED", mine.get(0).get("kind"));
    assertEquals(reference + " の面談が設定されました", mine.get(0).get("textJa"));
    assertTrue(feed(stranger, reference).isEmpty(), "another company sees nothing of it");
    assertEquals(0, api.graphql(stranger, FEED).<Number>at("unreadNotificationCount").intValue());
  }

  @Test
  void readMarksArePerUser() {
    String caseId = underReview();
    String reference = reference(caseId);
    api.graphql(
        officer,
        "mutation($id: ID!, $in: MeetingInput!) { scheduleMeeting(caseId: $id, input: $in) {"
            + " errors { code } } }",
        Map.of("id", caseId, "in", MEETING));
    String id = feed(filer, reference).get(0).get("id").toString();
    int before = unread(colleague);

    GraphQLResponse stranger =
        api.graphql(
            this.stranger,
            "mutation($id: ID!) { markNotificationRead(id: $id) { errors { code } } }",
            Map.of("id", id));
    GraphQLResponse marked =
        api.graphql(
            filer,
            "mutation($id: ID!) { markNotificationRead(id: $id) { notification { read }"
                + " errors { code } } }",
            Map.of("id", id));

    assertEquals(
        "NOT_FOUND",
        ((List<Map<String, Object>>) stranger.at("markNotificationRead.errors"))
            .get(0)
            .get("code"));
    assertEquals(Boolean.TRUE, marked.at("markNotificationRead.notification.read"));
    assertEquals(Boolean.TRUE, feed(filer, reference).get(0).get("read"));
    assertEquals(Boolean.FALSE, feed(colleague, reference).get(0).get("read"));
    assertEquals(before, unread(colleague));
    Number all =
        api.graphql(colleague, "mutation { markAllNotificationsRead { count errors { code } } }")
            .at("markAllNotificationsRead.count");
    assertEquals(before, all.intValue());
    assertEquals(0, unread(colleague));
  }

  @Test
  void theSweepRemindsTheCompanyOnceAndAuditsEachRun() {
    String caseId = underReview();
    String reference = reference(caseId);
    LocalDate asked = LocalDate.of(2026, 11, 2);
    DeadlineLedger ledger = ledgerOn(asked);
    unitOfWork.inTransaction(
        () ->
            ledger.open(
                new CaseId(UUID.fromString(caseId)),
                CaseKind.PRE_REPORT,
                "query:1",
                DeadlineRules.COMPANY_REPLY,
                PeriodStart.during(asked, new Bilingual("query asked", "照会")),
                Obligor.COMPANY));

    // Due Monday 16 Nov 2026: five working days ahead on Monday 9 Nov.
    SweepReport first = sweepOn(LocalDate.of(2026, 11, 9)).run();
    SweepReport again = sweepOn(LocalDate.of(2026, 11, 9)).run();

    assertEquals(1, first.fiveWorkingDays());
    assertEquals(0, again.reminders());
    List<Map<String, Object>> mine = feed(filer, reference);
    assertEquals(1, mine.size());
    assertEquals("DEADLINE_IN_5_WORKING_DAYS", mine.get(0).get("kind"));
    assertEquals("2026-11-16", mine.get(0).get("dueDate"));
    assertTrue(feed(stranger, reference).isEmpty());
  }

  private DeadlineLedger ledgerOn(LocalDate day) {
    return new DeadlineLedger(store, rules, calendar, clockOn(day));
  }

  private DeadlineSweep sweepOn(LocalDate day) {
    return new DeadlineSweep(
        store, ledgerOn(day), parties, outbox, auditLog, unitOfWork, clockOn(day));
  }

  private static Clock clockOn(LocalDate day) {
    return Clock.fixed(day.atTime(6, 30).atZone(JapanTime.ZONE).toInstant(), ZoneOffset.UTC);
  }

  private int unread(String token) {
    return api.graphql(token, FEED).<Number>at("unreadNotificationCount").intValue();
  }

  private List<Map<String, Object>> feed(String token, String reference) {
    List<Map<String, Object>> edges = api.graphql(token, FEED).at("notifications.edges");
    return edges.stream()
        .map(e -> (Map<String, Object>) e.get("node"))
        .filter(n -> reference.equals(n.get("caseReference")))
        .toList();
  }

  private String reference(String caseId) {
    return api.graphql(
            officer, "query($id: ID!) { preReport(id: $id) { reference } }", Map.of("id", caseId))
        .at("preReport.reference");
  }

  private String underReview() {
    String id =
        api.graphql(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                    + " id } } }",
                Map.of("in", CaseFixture.form("feed")))
            .at("createPreReportDraft.preReport.id");
    api.graphql(
        filer,
        "mutation($id: ID!) { submitPreReport(id: $id) { errors { code } } }",
        Map.of("id", id));
    api.graphql(
        officer,
        "mutation($id: ID!) { startPreReportReview(id: $id) { errors { code } } }",
        Map.of("id", id));
    return id;
  }
}
