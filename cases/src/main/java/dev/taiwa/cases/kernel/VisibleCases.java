package dev.taiwa.cases.kernel;

import java.util.Map;
import java.util.Set;

/**
 * Port: which of some cases the caller may see, as each case kind's own access rules decide (a case
 * it may not see is left out, exactly like a missing one).
 */
public interface VisibleCases {
  Set<CaseId> among(Actor actor, Map<CaseId, CaseKind> cases);

  /**
   * How far {@code role} sees cases of {@code kind} by its role alone, as the kind's policy says.
   */
  Reach reach(Role role, CaseKind kind);
}
