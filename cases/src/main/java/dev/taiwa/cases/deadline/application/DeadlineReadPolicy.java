package dev.taiwa.cases.deadline.application;

import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Role;
import java.util.Set;

/**
 * Which deadlines of a case the caller may read, once the case itself is visible to it: officials
 * read every deadline; the company (a caller whose only role is FILER) reads what it owes and the
 * statutory periods owed to it, never the officials' internal stage targets.
 */
public final class DeadlineReadPolicy {
  /** The rules that are internal targets of the officials, not periods owed to the company. */
  public static final Set<String> INTERNAL_TARGETS =
      Set.of(DeadlineRules.REVIEW_STAGE_TARGET, DeadlineRules.DIALOGUE_STAGE_TARGET);

  /** True when the caller reads cases only as the company. */
  public static boolean readsAsCompany(Actor actor) {
    return actor.roles().stream().allMatch(role -> role == Role.FILER);
  }

  /** True when the caller may read {@code deadline} of a case it sees. */
  public boolean shows(Actor actor, TrackedDeadline deadline) {
    return !readsAsCompany(actor) || !INTERNAL_TARGETS.contains(deadline.ruleName());
  }
}
