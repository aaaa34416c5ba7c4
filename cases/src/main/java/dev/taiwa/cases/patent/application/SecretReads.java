package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.access.NeedToKnowPolicy;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.patent.model.PatentApplication;
import java.time.Clock;
import java.util.Set;

/**
 * The secrecy rule of one read: an application in a secret state shows its content only to those
 * {@link NeedToKnowPolicy} names (any applicant organisation's filers, the assigned examiner,
 * security reviewers, active grant holders), and every such showing appends SECRET_CONTENT_READ.
 * Must run inside the reading transaction so that read and audit commit together.
 */
final class SecretReads {

  private final AccessGrantQueries grants;
  private final AuditLog auditLog;
  private final Clock clock;
  private final NeedToKnowPolicy needToKnow = new NeedToKnowPolicy();

  SecretReads(AccessGrantQueries grants, AuditLog auditLog, Clock clock) {
    this.grants = grants;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /** True when {@code actor} may read the content of {@code application} in its secret state. */
  boolean mayRead(Actor actor, PatentApplication application) {
    boolean applicantFiler =
        application.applicants().stream().anyMatch(org -> needToKnow.isApplicantFiler(actor, org));
    return applicantFiler
        || grants.mayReadSecret(
            actor,
            application.id(),
            application.applicants().get(0),
            Set.of(application.assignedExaminer()));
  }

  /**
   * The application as {@code actor} may see it; {@code readsContent} says whether the caller asked
   * for the secret fields at all (none asked: nothing secret is shown, nothing audited).
   */
  PatentApplicationView show(Actor actor, PatentApplication application, boolean readsContent) {
    if (!application.state().isSecret()) {
      return new PatentApplicationView(application, false);
    }
    if (!mayRead(actor, application)) {
      return new PatentApplicationView(application, true);
    }
    if (readsContent) {
      auditLog.append(
          AuditEntry.accepted(
              actor,
              application.id(),
              AuditAction.SECRET_CONTENT_READ,
              "Read the secret content of application " + application.number(),
              clock.instant()));
    }
    return new PatentApplicationView(application, false);
  }
}
