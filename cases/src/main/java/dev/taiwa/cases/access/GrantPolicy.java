package dev.taiwa.cases.access;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what with need-to-know grants, as data. The Cabinet Office runs the secrecy, so only a
 * security reviewer grants, revokes and breaks the glass; an admin may not (admins get no case
 * content unless granted). Auditors oversee: they read a case's grants and review break-glass
 * access.
 */
public final class GrantPolicy {
  private static final Set<Role> GRANTERS = roles(Role.SECURITY_REVIEWER);
  private static final Set<Role> BREAK_GLASS_OPENERS = roles(Role.SECURITY_REVIEWER);
  private static final Set<Role> BREAK_GLASS_REVIEWERS = roles(Role.AUDITOR);
  private static final Set<Role> GRANT_READERS = roles(Role.SECURITY_REVIEWER, Role.AUDITOR);

  /** The roles that may grant and revoke access. */
  public Set<Role> granters() {
    return GRANTERS;
  }

  /** The roles that may open break-glass access for themselves. */
  public Set<Role> breakGlassOpeners() {
    return BREAK_GLASS_OPENERS;
  }

  /** The roles that may review break-glass access and read its queue. */
  public Set<Role> breakGlassReviewers() {
    return BREAK_GLASS_REVIEWERS;
  }

  /** The roles that may list every grant of a case. */
  public Set<Role> grantReaders() {
    return GRANT_READERS;
  }

  public Optional<Rejection> mayGrantOrRevoke(Actor actor) {
    return requireOneOf(actor, GRANTERS, "Granting and revoking access");
  }

  public Optional<Rejection> mayOpenBreakGlass(Actor actor) {
    return requireOneOf(actor, BREAK_GLASS_OPENERS, "Opening break-glass access");
  }

  /** An auditor, and never the one whose emergency access is being reviewed. */
  public Optional<Rejection> mayReview(Actor actor, AccessGrant grant) {
    Optional<Rejection> role = requireOneOf(actor, BREAK_GLASS_REVIEWERS, "Reviewing break-glass");
    if (role.isPresent()) {
      return role;
    }
    if (grant.grantee().equals(actor.userId())) {
      return Optional.of(
          Rejection.of(ErrorCode.FORBIDDEN, "Nobody may review their own break-glass access"));
    }
    return Optional.empty();
  }

  public Optional<Rejection> mayReadReviewQueue(Actor actor) {
    return requireOneOf(actor, BREAK_GLASS_REVIEWERS, "Reading the break-glass review queue");
  }

  public Optional<Rejection> mayReadGrantsOfACase(Actor actor) {
    return requireOneOf(actor, GRANT_READERS, "Reading the grants of a case");
  }

  private static Optional<Rejection> requireOneOf(Actor actor, Set<Role> allowed, String what) {
    if (actor.roles().stream().anyMatch(allowed::contains)) {
      return Optional.empty();
    }
    return Optional.of(
        Rejection.of(ErrorCode.FORBIDDEN, what + " requires one of the roles " + allowed));
  }

  private static Set<Role> roles(Role first, Role... more) {
    return Collections.unmodifiableSet(EnumSet.of(first, more));
  }
}
