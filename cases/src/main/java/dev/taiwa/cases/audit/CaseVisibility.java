package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Port: whether a caller may know that a case exists, as the case's own access rules decide. The
 * audit trail of a case is shown only to officials who may see the case itself.
 */
@FunctionalInterface
public interface CaseVisibility {
  boolean canSee(Actor actor, CaseId caseId);

  /** The cases among {@code ids} the caller may see; stores answer with one query. */
  default Set<CaseId> visibleAmong(Actor actor, Collection<CaseId> ids) {
    return ids.stream().filter(id -> canSee(actor, id)).collect(Collectors.toSet());
  }
}
