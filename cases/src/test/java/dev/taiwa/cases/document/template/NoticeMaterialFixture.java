package dev.taiwa.cases.document.template;

import static dev.taiwa.cases.prereport.model.PreReportFormFixture.aPreReportForm;

import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.dialogue.model.ConcernState;
import dev.taiwa.cases.dialogue.model.Severity;
import dev.taiwa.cases.inform.model.Inform;
import dev.taiwa.cases.inform.model.LicenceApplication;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import dev.taiwa.cases.patent.model.AdditionalRequirementFacts;
import dev.taiwa.cases.patent.model.ApplicationNumber;
import dev.taiwa.cases.patent.model.DesignationTerm;
import dev.taiwa.cases.patent.model.FilingRoute;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import dev.taiwa.cases.prereport.model.Outcome;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.model.ReferenceNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cases and their records as the notice templates read them, with readable defaults. */
final class NoticeMaterialFixture {
  static final OrganisationId COMPANY = OrganisationId.random();
  static final String COMPANY_NAME = "さくら電子株式会社";
  static final Instant NOW = TestClock.NOW;

  private NoticeMaterialFixture() {}

  static PreReport preReport(PreReportState state) {
    return new PreReport(
        CaseId.random(),
        ReferenceNumber.of("PR", 2026, 42),
        COMPANY,
        UserId.random(),
        state,
        aPreReportForm().build(),
        NOW,
        NOW,
        NOW,
        null,
        5);
  }

  static Concern concern(PreReport report, String description, String information) {
    return new Concern(
        java.util.UUID.randomUUID(),
        report.id(),
        ConcernState.UNRESOLVED,
        ConcernCategory.END_USE,
        Severity.HIGH,
        description,
        information,
        List.of(),
        null,
        NOW,
        1);
  }

  static Inform inform(PreReport report, List<Concern> cited, List<String> conditions) {
    return new Inform(
        java.util.UUID.randomUUID(),
        report.id(),
        cited.stream().map(Concern::id).toList(),
        conditions,
        "最終用途に関する懸念が残るため",
        LocalDate.of(2026, 12, 25),
        UserId.random(),
        NOW);
  }

  static LicenceApplication licence(PreReport report) {
    return new LicenceApplication(
        report.id(), "SKR-2026-07", LocalDate.of(2026, 12, 10), List.of(), UserId.random(), NOW);
  }

  static Outcome outcome(PreReport report, PreReportState state, List<String> items) {
    return new Outcome(
        report.id(),
        dev.taiwa.cases.prereport.model.OutcomeType.of(state),
        LocalDate.of(2026, 12, 20),
        "審査の結果",
        items,
        UserId.random(),
        NOW);
  }

  static CaseMaterial onPreReport(PreReport report, DialogueDecisions decisions) {
    return new CaseMaterial(
        NOW,
        Map.of(COMPANY.toString(), COMPANY_NAME),
        report,
        List.of(),
        List.of(),
        decisions,
        null,
        null,
        null);
  }

  static DialogueDecisions decided(
      List<Concern> concerns, Inform inform, LicenceApplication licence, Outcome outcome) {
    return new DialogueDecisions(
        concerns,
        Optional.ofNullable(inform),
        Optional.ofNullable(licence),
        Optional.ofNullable(outcome));
  }

  static PatentApplication application(PatentState state) {
    return new PatentApplication(
        CaseId.random(),
        ApplicationNumber.parse("2025-123456").orElseThrow(),
        LocalDate.of(2025, 7, 1),
        List.of(COMPANY),
        true,
        "極超音速飛翔体の誘導装置",
        "a",
        "c",
        List.of(),
        FilingRoute.DIRECT,
        AdditionalRequirementFacts.none(),
        state,
        null,
        UserId.random(),
        null,
        List.of(3),
        null,
        NOW,
        NOW,
        3,
        state.isSecret());
  }

  static ReviewRecord record(
      PatentApplication application, ReviewRecordKind kind, String text, LocalDate date) {
    return ReviewRecord.of(
        application.id(), kind, null, text, date, List.of(), UserId.random(), NOW);
  }

  static CaseMaterial onApplication(PatentApplication application, List<ReviewRecord> records) {
    return new CaseMaterial(
        NOW,
        Map.of(COMPANY.toString(), COMPANY_NAME),
        null,
        List.of(),
        List.of(),
        null,
        application,
        new PatentReview(records, DesignationTerm.of(records), List.of()),
        null);
  }

  static CaseMaterial onRequest(PriorConfirmation request) {
    return new CaseMaterial(
        NOW,
        Map.of(COMPANY.toString(), COMPANY_NAME),
        null,
        List.of(),
        List.of(),
        null,
        null,
        null,
        request);
  }
}
