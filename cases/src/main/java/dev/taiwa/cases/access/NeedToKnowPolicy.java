package dev.taiwa.cases.access;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Who may read a case's secret content (a designated invention's title, abstract, claims and
 * attachments): the applicant organisation's filers, the assigned examiners, security reviewers,
 * and named holders of an active grant. Nobody else: not admins, auditors or dialogue officers, not
 * other companies, not holders of an expired or revoked grant.
 */
public final class NeedToKnowPolicy {

  /** True when {@code actor} may read the secret content of {@code caseId} at {@code now}. */
  public boolean mayReadSecret(
      Actor actor,
      CaseId caseId,
      OrganisationId applicantOrganisation,
      Set<UserId> assignedExaminers,
      Instant now,
      List<AccessGrant> activeGrants) {
    return isApplicantFiler(actor, applicantOrganisation)
        || isAssignedExaminer(actor, assignedExaminers)
        || isSecurityReviewer(actor)
        || holdsActiveGrant(actor, caseId, now, activeGrants);
  }

  /** A filer of the organisation that applied. */
  public boolean isApplicantFiler(Actor actor, OrganisationId applicantOrganisation) {
    return actor.has(Role.FILER) && actor.belongsTo(applicantOrganisation);
  }

  /** A patent examiner assigned to the case. */
  public boolean isAssignedExaminer(Actor actor, Set<UserId> assignedExaminers) {
    return actor.has(Role.PATENT_EXAMINER) && assignedExaminers.contains(actor.userId());
  }

  /** A Cabinet Office reviewer: the secrecy is theirs to run. */
  public boolean isSecurityReviewer(Actor actor) {
    return actor.has(Role.SECURITY_REVIEWER);
  }

  /**
   * A named grant for this user and this case, neither revoked nor expired at {@code now}. Grants
   * for someone else or another case count for nothing, whatever the caller passes in.
   */
  public boolean holdsActiveGrant(
      Actor actor, CaseId caseId, Instant now, List<AccessGrant> grants) {
    return grants.stream().anyMatch(grant -> grant.opens(actor.userId(), caseId, now));
  }
}
