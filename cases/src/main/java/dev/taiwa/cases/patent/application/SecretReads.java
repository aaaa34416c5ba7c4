package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.access.NeedToKnowPolicy;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.secrecy.Disclosure;
import dev.taiwa.cases.secrecy.Secrecy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The secrecy rule of one read: an application whose content is secret ({@link
 * PatentApplication#contentSecret()}) is disclosed in full only to those {@link NeedToKnowPolicy}
 * names (any applicant organisation's filers, the assigned examiner, security reviewers, active
 * grant holders) and shows anyone else its skeleton ({@link Secrecy}); every read of its content
 * appends SECRET_CONTENT_READ. Must run inside the reading transaction so that read and audit
 * commit together.
 */
final class SecretReads {

  private final AccessGrantQueries grants;
  private final AuditLog auditLog;
  private final Clock clock;
  private final NeedToKnowPolicy needToKnow = new NeedToKnowPolicy();
  private final Secrecy secrecy = new Secrecy();

  SecretReads(AccessGrantQueries grants, AuditLog auditLog, Clock clock) {
    this.grants = grants;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /** True when {@code actor} may read the content of {@code application} while it is secret. */
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
   * {@link #mayRead} for the applications of one read (a list page): the same answer for each, the
   * caller's grants read at most once.
   */
  Predicate<PatentApplication> reader(Actor actor) {
    AccessGrantQueries.SecretReader secret = grants.secretReader(actor);
    return application ->
        application.applicants().stream().anyMatch(org -> needToKnow.isApplicantFiler(actor, org))
            || secret.mayReadSecret(
                application.id(),
                application.applicants().get(0),
                Set.of(application.assignedExaminer()));
  }

  /** {@link #disclosure(Actor, PatentApplication)} with a caller's {@link #reader}. */
  Disclosure disclosure(PatentApplication application, Predicate<PatentApplication> mayRead) {
    return secrecy.of(
        application.contentSecret(), application.contentSecret() && mayRead.test(application));
  }

  /** How much of {@code application} the caller may be shown now. */
  Disclosure disclosure(Actor actor, PatentApplication application) {
    return secrecy.of(
        application.contentSecret(), application.contentSecret() && mayRead(actor, application));
  }

  /**
   * The application as {@code actor} may see it; {@code readsContent} says whether the caller asked
   * for the secret fields at all (none asked: nothing secret is shown, nothing audited).
   */
  PatentApplicationView show(Actor actor, PatentApplication application, boolean readsContent) {
    return showAll(actor, List.of(application), readsContent).get(0);
  }

  /**
   * {@link #show} for many applications (a list page): the same decision for each, and one
   * SECRET_CONTENT_READ per secret application whose content is shown, appended together.
   */
  List<PatentApplicationView> showAll(
      Actor actor, List<PatentApplication> applications, boolean readsContent) {
    List<AuditEntry> reads = new ArrayList<>();
    List<PatentApplicationView> views = new ArrayList<>(applications.size());
    Predicate<PatentApplication> mayRead = reader(actor);
    for (PatentApplication application : applications) {
      Disclosure disclosure = disclosure(application, mayRead);
      if (disclosure == Disclosure.FULL && application.contentSecret() && readsContent) {
        reads.add(
            AuditEntry.accepted(
                actor,
                application.id(),
                AuditAction.SECRET_CONTENT_READ,
                "Read the secret content of application " + application.number(),
                clock.instant()));
      }
      views.add(new PatentApplicationView(application, disclosure.withheld()));
    }
    if (!reads.isEmpty()) {
      auditLog.appendAll(reads);
    }
    return views;
  }
}
