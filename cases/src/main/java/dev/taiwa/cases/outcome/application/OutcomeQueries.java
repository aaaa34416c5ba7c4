package dev.taiwa.cases.outcome.application;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
import dev.taiwa.cases.prereport.model.Outcome;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.Outcomes;
import java.util.Collection;
import java.util.Map;

/** The outcomes of the cases the caller may see; an outcome is company-visible as a whole. */
public final class OutcomeQueries {
  private final Outcomes outcomes;
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();

  public OutcomeQueries(Outcomes outcomes) {
    this.outcomes = outcomes;
  }

  /** The outcome of each visible, ended report among {@code reports}: one batch query. */
  public Map<CaseId, Outcome> outcomesOf(Actor actor, Collection<PreReport> reports) {
    return outcomes.findByCases(
        reports.stream().filter(r -> access.canSee(actor, r)).map(PreReport::id).toList());
  }
}
