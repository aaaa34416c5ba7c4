package dev.taiwa.cases.secrecy;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import java.util.Collection;
import java.util.Set;

/**
 * Port: of some ids, the cases whose content is withheld from the caller now ({@link
 * Disclosure#SKELETON} by {@link Secrecy}), whether or not the caller may see them at all. Ids of
 * cases that are not secret, of cases the caller has need-to-know of, and ids that name no case are
 * left out. Each case kind answers by its own rules.
 */
@FunctionalInterface
public interface WithheldCases {
  Set<CaseId> among(Actor actor, Collection<CaseId> ids);

  /** No case withheld (a world without secret cases, for tests). */
  static WithheldCases none() {
    return (actor, ids) -> Set.of();
  }
}
