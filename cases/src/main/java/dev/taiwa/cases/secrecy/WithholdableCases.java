package dev.taiwa.cases.secrecy;

import dev.taiwa.cases.kernel.CaseId;
import java.util.Collection;
import java.util.Set;

/**
 * Port: of some ids, those that name a case of a kind that can be withheld at all, by kind, in one
 * read. Pre-reports are never withheld, and ids of other things (meetings, concerns, documents, no
 * case) are left out; {@link WithheldCases} asks each kind's own rules only about its own ids.
 */
@FunctionalInterface
public interface WithholdableCases {
  Found among(Collection<CaseId> ids);

  /** The ids found, by kind. */
  record Found(Set<CaseId> patentApplications, Set<CaseId> priorConfirmations) {
    public Found {
      patentApplications = Set.copyOf(patentApplications);
      priorConfirmations = Set.copyOf(priorConfirmations);
    }

    public boolean isEmpty() {
      return patentApplications.isEmpty() && priorConfirmations.isEmpty();
    }
  }
}
