package dev.taiwa.cases.deadline.application;

import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.access.PatentAccessPolicy;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
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

  private static final PreReportAccessPolicy PRE_REPORTS = new PreReportAccessPolicy();
  private static final PatentAccessPolicy PATENTS = new PatentAccessPolicy();

  /**
   * How far a role's deadline lists reach: the wider of what it sees of pre-reports and of patent
   * applications (the cases whose deadlines it may read).
   */
  public static Reach listReach(Role role) {
    Reach preReports = PRE_REPORTS.grants().get(role).see();
    Reach patents = PATENTS.grants().get(role).see();
    return preReports.ordinal() <= patents.ordinal() ? preReports : patents;
  }

  /** True when one of the caller's roles sees cases of some kind, so it may list deadlines. */
  public static boolean mayList(Actor actor) {
    return actor.roles().stream().anyMatch(role -> listReach(role) != Reach.NOTHING);
  }

  /** True when the caller may read {@code deadline} of a case it sees. */
  public boolean shows(Actor actor, TrackedDeadline deadline) {
    return !readsAsCompany(actor) || !INTERNAL_TARGETS.contains(deadline.ruleName());
  }
}
