package dev.taiwa.cases.access.port;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.GrantId;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Grants in a map, with the store's contract: conditional revocation and review, oldest first. */
public final class InMemoryAccessGrants implements AccessGrants {
  private static final Comparator<AccessGrant> OLDEST_FIRST =
      Comparator.comparing(AccessGrant::grantedAt).thenComparing(g -> g.id().toString());

  private final Map<GrantId, AccessGrant> grants = new LinkedHashMap<>();
  private boolean loseNextRace;

  @Override
  public void insert(AccessGrant grant) {
    if (grants.putIfAbsent(grant.id(), grant) != null) {
      throw new IllegalStateException("duplicate grant " + grant.id());
    }
  }

  @Override
  public Optional<AccessGrant> find(GrantId id) {
    return Optional.ofNullable(grants.get(id));
  }

  @Override
  public boolean recordRevocation(AccessGrant grant) {
    return replaceIf(grant, stored -> !stored.isRevoked());
  }

  @Override
  public boolean recordReview(AccessGrant grant) {
    return replaceIf(grant, stored -> stored.breakGlass() && !stored.isReviewed());
  }

  @Override
  public List<AccessGrant> ofCase(CaseId caseId) {
    return select(g -> g.caseId().equals(caseId));
  }

  @Override
  public List<AccessGrant> activeFor(UserId grantee, CaseId caseId, Instant at) {
    return select(g -> g.opens(grantee, caseId, at));
  }

  @Override
  public List<AccessGrant> activeOf(UserId grantee, Instant at) {
    return select(g -> g.grantee().equals(grantee) && g.isActiveAt(at));
  }

  @Override
  public List<AccessGrant> awaitingReview() {
    return select(AccessGrant::awaitsReview);
  }

  /** The next conditional write finds the grant already changed by someone else. */
  public void loseNextRace() {
    loseNextRace = true;
  }

  /** Everything stored, for "nothing changed" assertions. */
  public Map<GrantId, AccessGrant> snapshot() {
    return Map.copyOf(grants);
  }

  private boolean replaceIf(AccessGrant grant, Predicate<AccessGrant> unchanged) {
    AccessGrant stored = grants.get(grant.id());
    if (loseNextRace || stored == null || !unchanged.test(stored)) {
      loseNextRace = false;
      return false;
    }
    grants.put(grant.id(), grant);
    return true;
  }

  private List<AccessGrant> select(Predicate<AccessGrant> filter) {
    return grants.values().stream().filter(filter).sorted(OLDEST_FIRST).toList();
  }
}
