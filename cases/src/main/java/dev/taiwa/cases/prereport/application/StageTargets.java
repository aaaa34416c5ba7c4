package dev.taiwa.cases.prereport.application;

import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The deadlines a pre-report's transitions open, meet and cancel, in one place: every transition of
 * a case calls {@link #follow} inside its transaction. The officials' internal stage targets open
 * when the case enters UNDER_REVIEW / IN_DIALOGUE and are met when it leaves the stage; applying
 * for the licence meets the inform's deadline; a case that ends (closed, withdrawn, decided)
 * cancels whatever is still open. A withdrawal (the company abandons the deal) meets nothing: the
 * officials' target of the stage it left is cancelled with the rest.
 */
public final class StageTargets {
  /** The ledger subject of the review stage target. */
  public static final String REVIEW = "stage:review";

  /** The ledger subject of the dialogue stage target. */
  public static final String DIALOGUE = "stage:dialogue";

  /** The ledger subject of the licence-application deadline an inform opens. */
  public static final String INFORM = "inform";

  private final DeadlineLedger ledger;

  public StageTargets(DeadlineLedger ledger) {
    this.ledger = ledger;
  }

  public DeadlineLedger ledger() {
    return ledger;
  }

  /**
   * Records on the ledger what the move from {@code before} to {@code after} at {@code at} means.
   */
  public void follow(PreReport before, PreReport after, Instant at) {
    if (before.state() == after.state()) {
      return;
    }
    LocalDate on = JapanTime.dateOf(at);
    if (after.state() != PreReportState.WITHDRAWN) {
      stageOf(before.state()).ifPresent(stage -> ledger.meet(after.id(), stage.subject(), on));
    }
    if (before.state() == PreReportState.INFORM_ISSUED
        && after.state() == PreReportState.LICENCE_APPLIED) {
      ledger.meet(after.id(), INFORM, on);
    }
    if (!after.state().isOpen()) {
      ledger.cancelAll(after.id(), on, "Case ended: " + after.state());
      return;
    }
    stageOf(after.state())
        .ifPresent(
            stage ->
                ledger.open(
                    after.id(),
                    CaseKind.PRE_REPORT,
                    stage.subject(),
                    stage.rule(),
                    PeriodStart.at(at, stage.event()),
                    Obligor.OFFICIALS));
  }

  private record Stage(String subject, String rule, Bilingual event) {}

  private static Optional<Stage> stageOf(PreReportState state) {
    return switch (state) {
      case UNDER_REVIEW ->
          Optional.of(
              new Stage(
                  REVIEW,
                  DeadlineRules.REVIEW_STAGE_TARGET,
                  new Bilingual("review started", "審査開始")));
      case IN_DIALOGUE ->
          Optional.of(
              new Stage(
                  DIALOGUE,
                  DeadlineRules.DIALOGUE_STAGE_TARGET,
                  new Bilingual("dialogue started", "官民対話開始")));
      default -> Optional.empty();
    };
  }
}
