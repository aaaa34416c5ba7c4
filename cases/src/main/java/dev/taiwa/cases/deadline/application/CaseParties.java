package dev.taiwa.cases.deadline.application;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: who is party to a case, for addressing its notifications: its shown reference, the company
 * organisations (the reporting company, or the applicants), and the official in charge if one is
 * (the case officer of a pre-report, the assigned examiner of an application).
 */
@FunctionalInterface
public interface CaseParties {
  /** The case's parties; empty when there is no such case. */
  Optional<Parties> of(CaseId caseId, CaseKind kind);

  record Parties(String reference, List<OrganisationId> companies, Optional<UserId> official) {
    public Parties {
      Objects.requireNonNull(reference, "reference");
      companies = List.copyOf(companies);
      Objects.requireNonNull(official, "official");
    }
  }
}
