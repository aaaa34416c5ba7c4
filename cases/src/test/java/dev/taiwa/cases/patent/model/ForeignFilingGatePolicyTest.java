package dev.taiwa.cases.patent.model;

import static dev.taiwa.cases.patent.model.ForeignFilingGate.Status.ALLOWED;
import static dev.taiwa.cases.patent.model.ForeignFilingGate.Status.BLOCKED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The foreign-filing gate, state by state (filed 2025-06-02, last changed 2025-08-01, judged on
 * 2025-08-20 unless said otherwise).
 */
class ForeignFilingGatePolicyTest {
  private static final LocalDate FILED = LocalDate.of(2025, 6, 2);
  private static final LocalDate CHANGED = LocalDate.of(2025, 8, 1);
  private static final LocalDate TODAY = LocalDate.of(2025, 8, 20);
  private static final UserId REVIEWER = UserId.random();

  private final ForeignFilingGatePolicy policy =
      new ForeignFilingGatePolicy(
          DeadlineRules.defaults(), AdministrativeCalendar.standard(), true);

  static PatentApplication application(PatentState state, boolean completedInJapan) {
    Instant changed = CHANGED.atTime(10, 0).atZone(JapanTime.ZONE).toInstant();
    return new PatentApplication(
        CaseId.random(),
        ApplicationNumber.parse("2025-123456").orElseThrow(),
        FILED,
        List.of(OrganisationId.random()),
        completedInJapan,
        "t",
        "a",
        "c",
        List.of(),
        FilingRoute.DIRECT,
        AdditionalRequirementFacts.none(),
        state,
        null,
        UserId.random(),
        null,
        List.of(),
        null,
        changed,
        changed,
        1,
        state.isSecret());
  }

  private static ReviewRecord record(
      PatentApplication application, ReviewRecordKind kind, LocalDate on, LocalDate date) {
    return ReviewRecord.of(
        application.id(),
        kind,
        null,
        "",
        date,
        List.of(),
        REVIEWER,
        on.atTime(10, 0).atZone(JapanTime.ZONE).toInstant());
  }

  static Stream<Arguments> everyState() {
    return Stream.of(
        Arguments.of(PatentState.UNDER_SCREENING, BLOCKED, "UNDER_SCREENING", FILED),
        Arguments.of(PatentState.OUTSIDE_SCREENING, ALLOWED, "OUTSIDE_SCREENING", FILED),
        Arguments.of(PatentState.SENT_TO_REVIEW, BLOCKED, "UNDER_SECURITY_REVIEW", FILED),
        Arguments.of(PatentState.NOT_SENT, ALLOWED, "NOT_SENT", CHANGED),
        Arguments.of(PatentState.UNDER_SECURITY_REVIEW, BLOCKED, "UNDER_SECURITY_REVIEW", FILED),
        Arguments.of(PatentState.PRIOR_NOTICE_ISSUED, BLOCKED, "UNDER_SECURITY_REVIEW", FILED),
        Arguments.of(PatentState.APPLICATION_MAINTAINED, BLOCKED, "UNDER_SECURITY_REVIEW", FILED),
        Arguments.of(PatentState.DESIGNATED, BLOCKED, "DESIGNATED", CHANGED),
        Arguments.of(PatentState.NOT_DESIGNATED, ALLOWED, "NOT_DESIGNATED", CHANGED),
        Arguments.of(PatentState.LIFTED, ALLOWED, "LIFTED", CHANGED),
        Arguments.of(PatentState.EXPIRED, ALLOWED, "EXPIRED", CHANGED),
        Arguments.of(PatentState.WITHDRAWN, ALLOWED, "WITHDRAWN", CHANGED),
        Arguments.of(PatentState.DISMISSED, ALLOWED, "DISMISSED", CHANGED));
  }

  @Test
  void everyStateHasARow() {
    assertEquals(
        EnumSet.allOf(PatentState.class),
        EnumSet.copyOf(everyState().map(a -> (PatentState) a.get()[0]).toList()));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @MethodSource("everyState")
  void theGateFollowsTheStateOfAnInventionCompletedInJapan(
      PatentState state, ForeignFilingGate.Status status, String reason, LocalDate since) {
    ForeignFilingGate gate = policy.gateOf(application(state, true), List.of(), TODAY);
    assertEquals(status, gate.status());
    assertEquals(reason, gate.reason());
    assertEquals(since, gate.since());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyState")
  void anInventionNotCompletedInJapanIsNeverSubject(PatentState state) {
    ForeignFilingGate gate = policy.gateOf(application(state, false), List.of(), TODAY);
    assertEquals(ALLOWED, gate.status());
    assertEquals("NOT_COMPLETED_IN_JAPAN", gate.reason());
  }

  @Test
  void screeningThatRanPastThreeMonthsWithoutSendingAllowsFromTheNextDay() {
    ForeignFilingGate gate =
        policy.gateOf(
            application(PatentState.UNDER_SCREENING, true), List.of(), LocalDate.of(2025, 9, 3));
    assertEquals(ALLOWED, gate.status());
    assertEquals(LocalDate.of(2025, 9, 3), gate.since());
    assertEquals(
        BLOCKED,
        policy
            .gateOf(
                application(PatentState.UNDER_SCREENING, true), List.of(), LocalDate.of(2025, 9, 2))
            .status());
  }

  @Test
  void reviewRunningPastTheTenMonthTargetAllowsOnlyWhenTheParameterSaysSo() {
    LocalDate late = LocalDate.of(2026, 4, 3);
    PatentApplication review = application(PatentState.UNDER_SECURITY_REVIEW, true);
    ForeignFilingGate gate = policy.gateOf(review, List.of(), late);
    assertEquals(ALLOWED, gate.status());
    assertEquals("DECISION_TARGET_PASSED", gate.reason());
    assertEquals(late, gate.since());
    ForeignFilingGatePolicy strict =
        new ForeignFilingGatePolicy(
            DeadlineRules.defaults(), AdministrativeCalendar.standard(), false);
    assertEquals(BLOCKED, strict.gateOf(review, List.of(), late).status());
  }

  @Test
  void designationLiftingAndExpiryDateTheGateFromTheirRecords() {
    PatentApplication designated = application(PatentState.DESIGNATED, true);
    LocalDate designatedOn = LocalDate.of(2025, 7, 1);
    ReviewRecord designation =
        record(designated, ReviewRecordKind.DESIGNATION, designatedOn, LocalDate.of(2026, 7, 1));
    assertEquals(designatedOn, policy.gateOf(designated, List.of(designation), TODAY).since());
    ReviewRecord lifting =
        record(
            designated,
            ReviewRecordKind.LIFTING,
            LocalDate.of(2025, 8, 10),
            LocalDate.of(2025, 8, 12));
    assertEquals(
        LocalDate.of(2025, 8, 12),
        policy
            .gateOf(application(PatentState.LIFTED, true), List.of(designation, lifting), TODAY)
            .since());
    assertEquals(
        LocalDate.of(2026, 7, 2),
        policy.gateOf(application(PatentState.EXPIRED, true), List.of(designation), TODAY).since());
  }
}
