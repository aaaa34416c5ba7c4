package dev.taiwa.cases.prereport.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.model.Outcome;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Outcomes in a map; a second outcome of one case fails like the table's primary key. */
public final class InMemoryOutcomes implements Outcomes {
  private final Map<CaseId, Outcome> stored = new LinkedHashMap<>();

  @Override
  public void insert(Outcome outcome) {
    if (stored.putIfAbsent(outcome.caseId(), outcome) != null) {
      throw new IllegalStateException(outcome.caseId() + " already has an outcome");
    }
  }

  @Override
  public Map<CaseId, Outcome> findByCases(Collection<CaseId> cases) {
    return stored.entrySet().stream()
        .filter(e -> cases.contains(e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
