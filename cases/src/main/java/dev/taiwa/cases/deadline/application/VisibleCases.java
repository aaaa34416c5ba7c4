package dev.taiwa.cases.deadline.application;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import java.util.Map;
import java.util.Set;

/**
 * Port: which of some cases the caller may see, as each case kind's own access rules decide (a case
 * it may not see is left out, exactly like a missing one).
 */
@FunctionalInterface
public interface VisibleCases {
  Set<CaseId> among(Actor actor, Map<CaseId, CaseKind> cases);
}
