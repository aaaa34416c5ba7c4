package dev.taiwa.cases.patent.compensation.application;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.compensation.access.CompensationAccessPolicy;
import dev.taiwa.cases.patent.compensation.model.CompensationAction;
import dev.taiwa.cases.patent.compensation.model.CompensationClaim;
import dev.taiwa.cases.patent.compensation.model.CompensationTransitions;
import dev.taiwa.cases.patent.compensation.port.CompensationClaims;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The compensation claims of applications the caller already sees, batched: a filer its own
 * organisation's claims (without notes), a security reviewer every claim with its notes.
 */
public final class CompensationQueries {
  private final CompensationClaims store;
  private final UnitOfWork unitOfWork;
  private final CompensationAccessPolicy access = new CompensationAccessPolicy();

  public CompensationQueries(CompensationClaims store, UnitOfWork unitOfWork) {
    this.store = store;
    this.unitOfWork = unitOfWork;
  }

  /** Per application id, the claims the caller may see (every id present, possibly empty). */
  public Map<CaseId, List<CompensationView>> ofApplications(
      Actor actor, Collection<CaseId> applicationIds) {
    Map<CaseId, List<CompensationView>> result = new LinkedHashMap<>();
    applicationIds.forEach(id -> result.put(id, new java.util.ArrayList<>()));
    List<CompensationClaim> claims =
        unitOfWork.readOnly(() -> store.ofApplications(applicationIds));
    boolean notes = access.readsNotes(actor);
    for (CompensationClaim claim : claims) {
      if (access.canSee(actor, claim) && result.containsKey(claim.applicationId())) {
        result.get(claim.applicationId()).add(new CompensationView(claim, notes));
      }
    }
    result.replaceAll((id, views) -> List.copyOf(views));
    return result;
  }

  /** One claim as the caller may see it; empty when missing or hidden. */
  public Optional<CompensationView> find(Actor actor, CaseId claimId) {
    return unitOfWork
        .readOnly(() -> store.find(claimId))
        .filter(claim -> access.canSee(actor, claim))
        .map(claim -> new CompensationView(claim, access.readsNotes(actor)));
  }

  /** What the caller may do to the claim now. */
  public Set<CompensationAction> availableActions(Actor actor, CompensationClaim claim) {
    return CompensationTransitions.TABLE.availableActions(
        claim.state(), access.rolesOn(actor, claim));
  }
}
