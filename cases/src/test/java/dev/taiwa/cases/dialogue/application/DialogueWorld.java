package dev.taiwa.cases.dialogue.application;

import static dev.taiwa.cases.prereport.model.PreReportFormFixture.aPreReportForm;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.InMemoryAuditLog;
import dev.taiwa.cases.catalogue.FixedTechnologyRevisions;
import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.InMemoryTrackedDeadlines;
import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.dialogue.model.FollowUp;
import dev.taiwa.cases.dialogue.model.MeetingPlan;
import dev.taiwa.cases.dialogue.model.Note;
import dev.taiwa.cases.dialogue.model.Participant;
import dev.taiwa.cases.dialogue.model.Severity;
import dev.taiwa.cases.dialogue.model.Side;
import dev.taiwa.cases.dialogue.model.Visibility;
import dev.taiwa.cases.dialogue.port.InMemoryCaseOfficers;
import dev.taiwa.cases.dialogue.port.InMemoryCompanyQueries;
import dev.taiwa.cases.dialogue.port.InMemoryConcerns;
import dev.taiwa.cases.dialogue.port.InMemoryMeetings;
import dev.taiwa.cases.inform.application.InformCommands;
import dev.taiwa.cases.inform.port.InMemoryInforms;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.PassThroughUnitOfWork;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.notification.InMemoryNotificationOutbox;
import dev.taiwa.cases.outcome.application.CaseConclusions;
import dev.taiwa.cases.prereport.application.CaseMoves;
import dev.taiwa.cases.prereport.application.PreReportCommands;
import dev.taiwa.cases.prereport.application.StageTargets;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportRules;
import dev.taiwa.cases.prereport.port.InMemoryOutcomes;
import dev.taiwa.cases.prereport.port.InMemoryPreReports;
import dev.taiwa.cases.prereport.port.InMemoryReferenceNumbers;
import java.time.Duration;
import java.util.List;

/**
 * The dialogue use cases over in-memory ports, with cases put under review by the real commands.
 */
final class DialogueWorld {
  static final String INTERNAL_AGENDA = "内部: 相手方の調達網を確認";
  static final String INTERNAL_MINUTE = "内部: 懸念は払拭されていない";
  static final String INTERNAL_FOLLOW_UP = "内部: 関係省庁へ照会";
  static final String CONCERN_INFORMATION = "懸念情報: 相手方は軍関連企業と取引あり";

  final TestClock clock = TestClock.atNow();
  final InMemoryPreReports preReports = new InMemoryPreReports();
  final InMemoryMeetings meetings = new InMemoryMeetings();
  final InMemoryConcerns concerns = new InMemoryConcerns();
  final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  final InMemoryTrackedDeadlines deadlines = new InMemoryTrackedDeadlines();
  final InMemoryOutcomes outcomes = new InMemoryOutcomes();
  final InMemoryCompanyQueries companyQueries = new InMemoryCompanyQueries();
  final InMemoryCaseOfficers caseOfficers = new InMemoryCaseOfficers();
  final InMemoryNotificationOutbox outbox = new InMemoryNotificationOutbox();
  final DeadlineLedger ledger =
      new DeadlineLedger(
          deadlines, DeadlineRules.defaults(), AdministrativeCalendar.standard(), clock);
  final StageTargets stageTargets = new StageTargets(ledger);
  final PreReportCommands preReportCommands =
      new PreReportCommands(
          preReports,
          new InMemoryReferenceNumbers(),
          new FixedTechnologyRevisions(),
          auditLog,
          new PassThroughUnitOfWork(),
          clock,
          PreReportRules.defaults(),
          stageTargets,
          outcomes);
  final DialogueCommands commands =
      new DialogueCommands(
          preReports,
          meetings,
          concerns,
          auditLog,
          new PassThroughUnitOfWork(),
          clock,
          stageTargets,
          outbox);
  final DialogueQueries queries =
      new DialogueQueries(preReports, meetings, concerns, companyQueries);
  final CompanyQueryCommands queryCommands =
      new CompanyQueryCommands(
          preReports,
          companyQueries,
          caseOfficers,
          ledger,
          outbox,
          auditLog,
          new PassThroughUnitOfWork(),
          clock);
  final CaseMoves moves =
      new CaseMoves(preReports, stageTargets, auditLog, new PassThroughUnitOfWork(), clock);
  final CaseConclusions conclusions = new CaseConclusions(moves, outcomes);
  final InMemoryInforms informs = new InMemoryInforms();
  final InformCommands informCommands = new InformCommands(moves, queries, informs, outbox);

  PreReport submittedBy(Actor filer) {
    PreReport draft = accepted(preReportCommands.createDraft(filer, aPreReportForm().build()));
    return accepted(preReportCommands.submit(filer, draft.id(), null));
  }

  PreReport underReview(Actor filer, Actor officer) {
    return accepted(preReportCommands.startReview(officer, submittedBy(filer).id(), null));
  }

  static MeetingPlan aPlan() {
    return new MeetingPlan(
        TestClock.NOW.plus(Duration.ofDays(7)),
        "経済産業省 別館 会議室",
        null,
        List.of(),
        List.of(new Participant("試験 花子", "輸出管理部長")),
        List.of(
            new Note("技術管理措置の説明", Visibility.COMPANY_VISIBLE),
            new Note(INTERNAL_AGENDA, Visibility.INTERNAL)));
  }

  static List<Note> someMinutes() {
    return List.of(
        new Note("会社から管理措置を説明", Visibility.COMPANY_VISIBLE),
        new Note(INTERNAL_MINUTE, Visibility.INTERNAL));
  }

  static List<FollowUp> someFollowUps() {
    return List.of(
        new FollowUp(
            Side.COMPANY, "契約書案を提出", TestClock.TODAY.plusDays(14), Visibility.COMPANY_VISIBLE),
        new FollowUp(
            Side.GOVERNMENT, INTERNAL_FOLLOW_UP, TestClock.TODAY.plusDays(7), Visibility.INTERNAL));
  }

  dev.taiwa.cases.dialogue.model.Concern raise(Actor officer, PreReport report) {
    return accepted(
        commands.raiseConcern(
            officer,
            report.id(),
            ConcernCategory.COUNTERPARTY,
            Severity.HIGH,
            "相手方の最終用途について確認が必要です",
            CONCERN_INFORMATION));
  }

  static <T> T accepted(Result<T> result) {
    assertTrue(result.accepted(), () -> "expected acceptance, got " + result.errors());
    return result.value().orElseThrow();
  }
}
