package dev.taiwa.cases.patent.link.application;

import static dev.taiwa.cases.prereport.model.PreReportFormFixture.aPreReportForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.access.port.InMemoryAccessGrants;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.CaseTimeline;
import dev.taiwa.cases.audit.InMemoryAuditLog;
import dev.taiwa.cases.audit.TimelineEntry;
import dev.taiwa.cases.catalogue.FixedTechnologyRevisions;
import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.InMemoryTrackedDeadlines;
import dev.taiwa.cases.identity.InMemoryOrganisations;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.PassThroughUnitOfWork;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.application.PatentCommands;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.link.access.LinkAccessPolicy;
import dev.taiwa.cases.patent.link.port.InMemoryPreReportLinks;
import dev.taiwa.cases.patent.model.AdditionalRequirementFacts;
import dev.taiwa.cases.patent.model.FilingRoute;
import dev.taiwa.cases.patent.model.PatentApplicationForm;
import dev.taiwa.cases.patent.model.ScreeningRules;
import dev.taiwa.cases.patent.port.InMemoryPatentApplications;
import dev.taiwa.cases.prereport.application.PreReportCommands;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.application.StageTargets;
import dev.taiwa.cases.prereport.model.PreReportRules;
import dev.taiwa.cases.prereport.port.InMemoryOutcomes;
import dev.taiwa.cases.prereport.port.InMemoryPreReports;
import dev.taiwa.cases.prereport.port.InMemoryReferenceNumbers;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Links between applications and pre-reports: who links, what each side shows, the audit. */
class PreReportLinkCommandsTest {
  private static final AtomicInteger SERIAL = new AtomicInteger(500000);

  private final TestClock clock = TestClock.atNow();
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  private final PassThroughUnitOfWork unitOfWork = new PassThroughUnitOfWork();
  private final InMemoryOrganisations organisations = new InMemoryOrganisations();
  private final InMemoryPatentApplications applications = new InMemoryPatentApplications();
  private final InMemoryPreReports reports = new InMemoryPreReports();
  private final AccessGrantQueries grants =
      new AccessGrantQueries(new InMemoryAccessGrants(), clock);
  private final DeadlineLedger ledger =
      new DeadlineLedger(
          new InMemoryTrackedDeadlines(),
          DeadlineRules.defaults(),
          AdministrativeCalendar.standard(),
          clock);
  private final PatentCommands patents =
      new PatentCommands(
          applications,
          organisations,
          grants,
          auditLog,
          unitOfWork,
          clock,
          ScreeningRules.defaults(),
          SpecifiedFieldCatalogue.standard(),
          ledger,
          new dev.taiwa.cases.patent.nonsending.port.InMemoryNonSendingNotices(),
          new dev.taiwa.cases.notification.InMemoryNotificationOutbox());
  private final PatentQueries patentQueries =
      new PatentQueries(applications, grants, auditLog, unitOfWork, clock);
  private final PreReportCommands preReportCommands =
      new PreReportCommands(
          reports,
          new InMemoryReferenceNumbers(),
          new FixedTechnologyRevisions(),
          auditLog,
          unitOfWork,
          clock,
          PreReportRules.defaults(),
          new StageTargets(ledger),
          new InMemoryOutcomes());
  private final PreReportQueries preReportQueries = new PreReportQueries(reports);
  private final InMemoryPreReportLinks links = new InMemoryPreReportLinks();
  private final PreReportLinkCommands commands =
      new PreReportLinkCommands(
          links, preReportQueries, patentQueries, auditLog, unitOfWork, clock);
  private final PreReportLinkQueries queries =
      new PreReportLinkQueries(links, preReportQueries, patentQueries, unitOfWork);

  private final OrganisationId company = organisation("Sakura");
  private final OrganisationId other = organisation("Fuji");
  private final OrganisationId office = organisation("Office");
  private final Actor filer = actor(company, Role.FILER);
  private final Actor otherFiler = actor(other, Role.FILER);
  private final Actor examiner = actor(office, Role.PATENT_EXAMINER);
  private final Actor officer = actor(office, Role.DIALOGUE_OFFICER);

  private OrganisationId organisation(String name) {
    Organisation organisation =
        new Organisation(OrganisationId.random(), name, OrganisationKind.COMPANY);
    organisations.insert(organisation);
    return organisation.id();
  }

  private static Actor actor(OrganisationId organisation, Role role) {
    return new Actor(UserId.random(), role.name().toLowerCase(), organisation, Set.of(role));
  }

  private CaseId application(OrganisationId applicant) {
    return patents
        .register(
            examiner,
            new PatentApplicationForm(
                "2025-" + SERIAL.incrementAndGet(),
                LocalDate.of(2025, 6, 2),
                List.of(applicant),
                true,
                "誘導装置",
                "要約",
                "請求項",
                List.of("F41G 7/00"),
                FilingRoute.DIRECT,
                AdditionalRequirementFacts.none()))
        .value()
        .orElseThrow()
        .application()
        .id();
  }

  private CaseId submittedReport(Actor by) {
    CaseId id =
        preReportCommands.createDraft(by, aPreReportForm().build()).value().orElseThrow().id();
    return preReportCommands.submit(by, id, null).value().orElseThrow().id();
  }

  private static List<ErrorCode> codes(Result<?> result) {
    return result.errors().stream().map(Rejection::code).toList();
  }

  @Test
  void onlyFilersSeeBothKindsOfCaseSoOnlyTheyLink() {
    LinkAccessPolicy policy = new LinkAccessPolicy();
    for (Role role : Role.values()) {
      assertEquals(
          role == Role.FILER ? Reach.OWN_ORGANISATION : Reach.NOTHING,
          policy.linkReach(role),
          role.name());
    }
  }

  @Test
  void theFilerLinksAndBothCasesShowTheLinkAndItsAudit() {
    CaseId application = application(company);
    CaseId report = submittedReport(filer);

    assertTrue(commands.link(filer, application, null, report, "同じ誘導制御技術").accepted());

    List<LinkedCase> onReport = queries.applicationsOf(filer, List.of(report)).get(report);
    assertEquals(application, onReport.get(0).id());
    assertEquals("UNDER_SCREENING", onReport.get(0).state());
    assertEquals("同じ誘導制御技術", onReport.get(0).note());
    assertEquals(
        report, queries.preReportsOf(filer, List.of(application)).get(application).get(0).id());
    List<AuditEntry> linked =
        auditLog.events().stream()
            .map(AuditEvent::entry)
            .filter(e -> e.action().equals("PATENT_PRE_REPORT_LINKED"))
            .toList();
    assertEquals(List.of(application, report), linked.stream().map(AuditEntry::caseId).toList());
  }

  @Test
  void theLinkedPreReportsTimelineNamesTheLinkInJapaneseNotByItsCode() {
    CaseId application = application(company);
    CaseId report = submittedReport(filer);
    commands.link(filer, application, null, report, "同じ誘導制御技術");
    CaseTimeline timeline =
        new CaseTimeline(
            auditLog,
            (actor, id) -> preReportQueries.find(actor, id).isPresent(),
            user -> user.equals(filer.userId()) ? filer.roles() : Set.of(),
            patentQueries::withheldAmong);

    TimelineEntry link =
        timeline.of(officer, report).value().orElseThrow().stream()
            .filter(e -> e.eventType().equals("PATENT_PRE_REPORT_LINKED"))
            .findFirst()
            .orElseThrow();

    assertEquals(AuditAction.PATENT_PRE_REPORT_LINKED.label().ja(), link.labelJa());
    assertNotEquals("PATENT_PRE_REPORT_LINKED", link.labelJa());
    assertNotEquals("PATENT_PRE_REPORT_LINKED", link.labelEn());
  }

  @Test
  void aLinkShowsOnlyToThoseWhoSeeTheOtherSideToo() {
    CaseId application = application(company);
    CaseId report = submittedReport(filer);
    commands.link(filer, application, null, report, "同じ技術");

    assertTrue(queries.applicationsOf(officer, List.of(report)).get(report).isEmpty());
    assertTrue(queries.preReportsOf(examiner, List.of(application)).get(application).isEmpty());
  }

  @Test
  void anotherOrganisationsCasesAreNotFoundAndOfficialsMayNotLink() {
    CaseId application = application(company);
    CaseId foreignReport = submittedReport(otherFiler);
    CaseId report = submittedReport(filer);

    assertEquals(
        List.of(ErrorCode.NOT_FOUND),
        codes(commands.link(filer, application, null, foreignReport, "x")));
    assertEquals(
        List.of(ErrorCode.NOT_FOUND),
        codes(commands.link(otherFiler, application, null, foreignReport, "x")));
    assertEquals(
        List.of(ErrorCode.NOT_FOUND),
        codes(commands.link(examiner, application, null, report, "x")));
  }

  @Test
  void aLinkNeedsANoteIsMadeOnceAndCanBeRemoved() {
    CaseId application = application(company);
    CaseId report = submittedReport(filer);

    assertEquals(
        List.of(ErrorCode.REQUIRED), codes(commands.link(filer, application, null, report, " ")));
    assertTrue(commands.link(filer, application, null, report, "同じ技術").accepted());
    assertEquals(
        List.of(ErrorCode.DUPLICATE), codes(commands.link(filer, application, null, report, "再")));
    assertTrue(commands.unlink(filer, application, null, report).accepted());
    assertEquals(
        List.of(ErrorCode.NOT_FOUND), codes(commands.unlink(filer, application, null, report)));
    assertTrue(queries.preReportsOf(filer, List.of(application)).get(application).isEmpty());
  }
}
