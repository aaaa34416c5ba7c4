package dev.taiwa.cases.outcome.application;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.outcome.model.LicenceDecision;
import dev.taiwa.cases.outcome.model.OutcomeValidation;
import dev.taiwa.cases.prereport.application.CaseMoves;
import dev.taiwa.cases.prereport.model.Outcome;
import dev.taiwa.cases.prereport.model.OutcomeType;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportAction;
import dev.taiwa.cases.prereport.port.Outcomes;
import java.util.ArrayList;
import java.util.List;

/**
 * The officer's decisions that end a case: closed with no concern, closed with measures agreed, not
 * reportable, and the decision on a licence application. Each is a {@link CaseMoves} move that also
 * writes the case's {@link Outcome} in the same transaction.
 */
public final class CaseConclusions {
  private final CaseMoves moves;
  private final Outcomes outcomes;
  private final OutcomeValidation validation = new OutcomeValidation();

  public CaseConclusions(CaseMoves moves, Outcomes outcomes) {
    this.moves = moves;
    this.outcomes = outcomes;
  }

  /** Under review or in dialogue: no concern remains; {@code summary} is the closing note. */
  public Result<PreReport> closeNoConcern(
      Actor actor, CaseId id, Long expectedVersion, String summary) {
    return conclude(
        actor,
        id,
        expectedVersion,
        PreReportAction.CLOSE_NO_CONCERN,
        "summary",
        summary,
        null,
        null);
  }

  /** In dialogue: the company agreed to {@code measures} (at least one). */
  public Result<PreReport> closeWithMeasuresAgreed(
      Actor actor, CaseId id, Long expectedVersion, List<String> measures, String summary) {
    return conclude(
        actor,
        id,
        expectedVersion,
        PreReportAction.CLOSE_MEASURES_AGREED,
        "summary",
        summary,
        "measures",
        measures);
  }

  /** Submitted or under review: the transfer needs no report; {@code reason} says why. */
  public Result<PreReport> markNotReportable(
      Actor actor, CaseId id, Long expectedVersion, String reason) {
    return conclude(
        actor,
        id,
        expectedVersion,
        PreReportAction.MARK_NOT_REPORTABLE,
        "reason",
        reason,
        null,
        null);
  }

  /** A licence applied for is granted, granted with conditions or refused. */
  public Result<PreReport> decideLicence(
      Actor actor,
      CaseId id,
      Long expectedVersion,
      LicenceDecision decision,
      List<String> items,
      String summary) {
    return conclude(
        actor,
        id,
        expectedVersion,
        decision.action(),
        "summary",
        summary,
        decision.itemsField(),
        items);
  }

  private Result<PreReport> conclude(
      Actor actor,
      CaseId id,
      Long expectedVersion,
      PreReportAction action,
      String textField,
      String text,
      String itemsField,
      List<String> items) {
    List<String> stored = itemsField == null ? List.of() : OutcomeValidation.stripped(items);
    return moves.move(
        actor,
        id,
        expectedVersion,
        action,
        report -> {
          List<Rejection> problems = new ArrayList<>(validation.text(textField, text));
          if (itemsField != null) {
            problems.addAll(validation.items(itemsField, items));
          }
          return problems;
        },
        stored.isEmpty() ? "" : stored.size() + " item(s) recorded",
        (before, after, at) ->
            outcomes.insert(
                new Outcome(
                    after.id(),
                    OutcomeType.of(after.state()),
                    JapanTime.dateOf(at),
                    text.strip(),
                    stored,
                    actor.userId(),
                    at)));
  }
}
