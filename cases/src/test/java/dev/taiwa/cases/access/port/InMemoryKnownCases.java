package dev.taiwa.cases.access.port;

import dev.taiwa.cases.kernel.CaseId;
import java.util.HashSet;
import java.util.Set;

/** The cases that exist, as a set. */
public final class InMemoryKnownCases implements KnownCases {
  private final Set<CaseId> cases = new HashSet<>();

  public CaseId add() {
    CaseId id = CaseId.random();
    cases.add(id);
    return id;
  }

  @Override
  public boolean exists(CaseId caseId) {
    return cases.contains(caseId);
  }
}
