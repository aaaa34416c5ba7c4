package dev.taiwa.cases.access.application;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.GrantPolicy;
import dev.taiwa.cases.access.NeedToKnowPolicy;
import dev.taiwa.cases.access.port.AccessGrants;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Reads of need-to-know grants, and the question every secret-content read asks. */
public final class AccessGrantQueries {
  private final AccessGrants grants;
  private final Clock clock;
  private final GrantPolicy policy = new GrantPolicy();
  private final NeedToKnowPolicy needToKnow = new NeedToKnowPolicy();

  public AccessGrantQueries(AccessGrants grants, Clock clock) {
    this.grants = grants;
    this.clock = clock;
  }

  /** Every grant of a case, oldest first: for security reviewers and auditors (else FORBIDDEN). */
  public Result<List<AccessGrant>> ofCase(Actor actor, CaseId caseId) {
    return allowed(policy.mayReadGrantsOfACase(actor), () -> grants.ofCase(caseId));
  }

  /** The caller's own grants that are active now, whatever the role. */
  public List<AccessGrant> myActiveGrants(Actor actor) {
    return grants.activeOf(actor.userId(), clock.instant());
  }

  /** Break-glass grants awaiting review, oldest first: for auditors (else FORBIDDEN). */
  public Result<List<AccessGrant>> breakGlassReviewQueue(Actor actor) {
    return allowed(policy.mayReadReviewQueue(actor), grants::awaitingReview);
  }

  /**
   * Whether {@code actor} may read the secret content of {@code caseId} now: {@link
   * NeedToKnowPolicy#mayReadSecret} with the caller's active grants for that case, which are read
   * only when no role already answers yes.
   */
  public boolean mayReadSecret(
      Actor actor,
      CaseId caseId,
      OrganisationId applicantOrganisation,
      Set<UserId> assignedExaminers) {
    Instant now = clock.instant();
    if (needToKnow.mayReadSecret(
        actor, caseId, applicantOrganisation, assignedExaminers, now, List.of())) {
      return true;
    }
    return needToKnow.holdsActiveGrant(
        actor, caseId, now, grants.activeFor(actor.userId(), caseId, now));
  }

  /** {@link #mayReadSecret} for one caller and many cases. */
  @FunctionalInterface
  public interface SecretReader {
    boolean mayReadSecret(
        CaseId caseId, OrganisationId applicantOrganisation, Set<UserId> assignedExaminers);
  }

  /**
   * {@link #mayReadSecret} for the cases of one read (a list page): the same answer for each, the
   * caller's active grants read at most once, when no role already answers yes.
   */
  public SecretReader secretReader(Actor actor) {
    Instant now = clock.instant();
    Predicate<CaseId> granted = grantHolder(actor);
    return (caseId, applicantOrganisation, assignedExaminers) ->
        needToKnow.mayReadSecret(
                actor, caseId, applicantOrganisation, assignedExaminers, now, List.of())
            || granted.test(caseId);
  }

  /**
   * {@link #holdsActiveGrant} for the cases of one read (a list page): the caller's active grants
   * read at most once, when first asked.
   */
  public Predicate<CaseId> grantHolder(Actor actor) {
    Instant now = clock.instant();
    List<List<AccessGrant>> mine = new ArrayList<>(1);
    return caseId -> {
      if (mine.isEmpty()) {
        mine.add(grants.activeOf(actor.userId(), now));
      }
      return needToKnow.holdsActiveGrant(actor, caseId, now, mine.get(0));
    };
  }

  /** True when the caller holds an active need-to-know grant for {@code caseId} now. */
  public boolean holdsActiveGrant(Actor actor, CaseId caseId) {
    Instant now = clock.instant();
    return needToKnow.holdsActiveGrant(
        actor, caseId, now, grants.activeFor(actor.userId(), caseId, now));
  }

  private static <T> Result<T> allowed(Optional<Rejection> refusal, Supplier<T> read) {
    return refusal
        .<Result<T>>map(r -> Result.refused(Optional.empty(), List.of(r)))
        .orElseGet(() -> Result.ok(read.get()));
  }
}
