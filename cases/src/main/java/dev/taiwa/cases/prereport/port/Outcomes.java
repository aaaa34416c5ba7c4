package dev.taiwa.cases.prereport.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.model.Outcome;
import java.util.Collection;
import java.util.Map;

/** Port: the stored outcomes of cases (at most one per case). */
public interface Outcomes {
  void insert(Outcome outcome);

  /** The outcomes of the cases among {@code cases} that have ended: one batch query. */
  Map<CaseId, Outcome> findByCases(Collection<CaseId> cases);
}
