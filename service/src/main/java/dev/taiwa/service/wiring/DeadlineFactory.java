package dev.taiwa.service.wiring;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.JapaneseHolidays;
import dev.taiwa.cases.deadline.application.CaseParties;
import dev.taiwa.cases.deadline.application.DeadlineQueries;
import dev.taiwa.cases.deadline.application.DeadlineSweep;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.TrackedDeadlines;
import dev.taiwa.cases.dialogue.port.CaseOfficers;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.VisibleCases;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.notification.Notifications;
import dev.taiwa.cases.notification.application.NotificationFeed;
import dev.taiwa.cases.patent.access.PatentAccessPolicy;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.cases.secrecy.WithheldCases;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The deadline engine's beans: the rule catalogue (each amount and the due-soon window from {@code
 * taiwa.rules.*}, see {@link DeadlineRuleKeys}), the administrative calendar (with configured extra
 * closures and days declared open), the ledger, and the deadline reads.
 */
@Factory
final class DeadlineFactory {
  private static final Bilingual CONFIGURED_CLOSURE =
      new Bilingual("configured closure of the offices", "設定された閉庁日");

  @Singleton
  DeadlineRules deadlineRules(Environment environment) {
    DeadlineRules rules = DeadlineRules.defaults();
    for (Map.Entry<String, String> key : DeadlineRuleKeys.byRule().entrySet()) {
      var configured = environment.getProperty(key.getValue(), Long.class);
      if (configured.isPresent()) {
        rules = rules.withAmount(key.getKey(), configured.get());
      }
    }
    var dueSoon = environment.getProperty(DeadlineRuleKeys.DUE_SOON_WORKING_DAYS, Integer.class);
    return dueSoon.isPresent() ? rules.withDueSoonWorkingDays(dueSoon.get()) : rules;
  }

  @Singleton
  AdministrativeCalendar administrativeCalendar(Environment environment) {
    Map<LocalDate, Bilingual> closures = new LinkedHashMap<>();
    for (LocalDate day : dates(environment, DeadlineRuleKeys.EXTRA_CLOSURES)) {
      closures.put(day, CONFIGURED_CLOSURE);
    }
    return new AdministrativeCalendar(
        JapaneseHolidays.standard(),
        closures,
        new HashSet<>(dates(environment, DeadlineRuleKeys.DECLARED_OPEN)));
  }

  @Singleton
  DeadlineLedger deadlineLedger(
      TrackedDeadlines store, DeadlineRules rules, AdministrativeCalendar calendar, Clock clock) {
    return new DeadlineLedger(store, rules, calendar, clock);
  }

  /**
   * Which cases a caller may see, by each kind's own access rules: pre-reports in one query, patent
   * applications one by one (need-to-know grants included); how far a role sees each kind, by its
   * policy.
   */
  @Singleton
  VisibleCases visibleCases(PreReportQueries preReports, PatentQueries patents) {
    PreReportAccessPolicy preReportAccess = new PreReportAccessPolicy();
    PatentAccessPolicy patentAccess = new PatentAccessPolicy();
    return new VisibleCases() {
      @Override
      public Set<CaseId> among(Actor actor, Map<CaseId, CaseKind> cases) {
        Set<CaseId> visible = new HashSet<>();
        List<CaseId> reports = new ArrayList<>();
        cases.forEach(
            (caseId, kind) -> {
              if (kind == CaseKind.PRE_REPORT) {
                reports.add(caseId);
              } else if (patents.find(actor, caseId, false).isPresent()) {
                visible.add(caseId);
              }
            });
        preReports.findAll(actor, reports).forEach(report -> visible.add(report.id()));
        return visible;
      }

      @Override
      public Reach reach(Role role, CaseKind kind) {
        return switch (kind) {
          case PRE_REPORT -> preReportAccess.grants().get(role).see();
          case PATENT_APPLICATION -> patentAccess.grants().get(role).see();
        };
      }
    };
  }

  @Singleton
  DeadlineQueries deadlineQueries(
      TrackedDeadlines store,
      DeadlineLedger ledger,
      VisibleCases visibleCases,
      WithheldCases withheldCases) {
    return new DeadlineQueries(store, ledger, visibleCases, withheldCases);
  }

  /**
   * The parties of a case, for addressing its notifications: a pre-report's company and case
   * officer; a patent application's applicants and assigned examiner.
   */
  @Singleton
  CaseParties caseParties(
      PreReports preReports, CaseOfficers officers, PatentApplications applications) {
    return (caseId, kind) ->
        switch (kind) {
          case PRE_REPORT ->
              preReports
                  .find(caseId)
                  .map(
                      report ->
                          new CaseParties.Parties(
                              report.reference().value(),
                              List.of(report.organisationId()),
                              Optional.ofNullable(officers.findAll(List.of(caseId)).get(caseId))));
          case PATENT_APPLICATION ->
              applications
                  .find(caseId)
                  .map(
                      application ->
                          new CaseParties.Parties(
                              application.number().value(),
                              application.applicants(),
                              Optional.of(application.assignedExaminer())));
        };
  }

  @Singleton
  DeadlineSweep deadlineSweep(
      TrackedDeadlines store,
      DeadlineLedger ledger,
      CaseParties parties,
      NotificationOutbox outbox,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new DeadlineSweep(store, ledger, parties, outbox, auditLog, unitOfWork, clock);
  }

  @Singleton
  NotificationFeed notificationFeed(
      Notifications notifications,
      VisibleCases visibleCases,
      WithheldCases withheldCases,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new NotificationFeed(
        notifications, visibleCases, withheldCases, auditLog, unitOfWork, clock);
  }

  private static List<LocalDate> dates(Environment environment, String key) {
    return environment.getProperty(key, Argument.listOf(LocalDate.class)).orElse(List.of());
  }
}
