package dev.taiwa.cases.patent.compensation.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.patent.compensation.model.CompensationClaim;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Claims in a map, with the store's contract: optimistic update, oldest first per batch. */
public final class InMemoryCompensationClaims implements CompensationClaims {
  private final Map<CaseId, CompensationClaim> stored = new LinkedHashMap<>();
  private int batches;

  @Override
  public Optional<CompensationClaim> find(CaseId claimId) {
    return Optional.ofNullable(stored.get(claimId));
  }

  @Override
  public void insert(CompensationClaim claim) {
    if (stored.putIfAbsent(claim.id(), claim) != null) {
      throw new IllegalStateException("duplicate " + claim.id());
    }
  }

  @Override
  public void update(CompensationClaim claim) {
    CompensationClaim current = stored.get(claim.id());
    if (current == null || current.version() != claim.version() - 1) {
      throw new ConcurrentChangeException("claim " + claim.id());
    }
    stored.put(claim.id(), claim);
  }

  @Override
  public List<CompensationClaim> ofApplications(Collection<CaseId> applicationIds) {
    batches++;
    return stored.values().stream()
        .filter(c -> applicationIds.contains(c.applicationId()))
        .toList();
  }

  /** How many batch reads were made. */
  public int batches() {
    return batches;
  }
}
