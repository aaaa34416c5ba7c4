package dev.taiwa.cases.patent.compensation.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.compensation.model.CompensationClaim;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: stored compensation claims with their assessment notes. */
public interface CompensationClaims {
  Optional<CompensationClaim> find(CaseId claimId);

  void insert(CompensationClaim claim);

  /**
   * Stores {@code claim} (and its new notes) if the stored version is still {@code version() - 1}.
   *
   * @throws dev.taiwa.cases.kernel.ConcurrentChangeException when someone else changed it first
   */
  void update(CompensationClaim claim);

  /** The claims of these applications, oldest first, in one batch. */
  List<CompensationClaim> ofApplications(Collection<CaseId> applicationIds);
}
