package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;

/**
 * Port: whether a caller may know that a case exists, as the case's own access rules decide. The
 * audit trail of a case is shown only to officials who may see the case itself.
 */
@FunctionalInterface
public interface CaseVisibility {
  boolean canSee(Actor actor, CaseId caseId);
}
