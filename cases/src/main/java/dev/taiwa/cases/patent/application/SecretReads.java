package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.access.NeedToKnowPolicy;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.secrecy.Disclosure;
import dev.taiwa.cases.secrecy.Secrecy;
import java.time.Clock;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The secrecy rule of one read: an application whose content is secret ({@link
 * PatentApplication#contentSecret()}) is disclosed in full only to those {@link NeedToKnowPolicy}
 * names (any applicant organisation's filers, the assigned examiner, security reviewers, active
 * grant holders) and shows anyone else its skeleton ({@link Secrecy}); every read of its content
 * records SECRET_CONTENT_READ, which {@link dev.taiwa.cases.audit.AuditedReads} stores before the
 * content reaches the caller.
 */
final class SecretReads {

  private final AccessGrantQueries grants;
  private final Clock clock;
  private final NeedToKnowPolicy needToKnow = new NeedToKnowPolicy();
  private final Secrecy secrecy = new Secrecy();

  SecretReads(AccessGrantQueries grants, Clock clock) {
    this.grants = grants;
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

  /** How much of {@code application} the caller may be shown now. */
  Disclosure disclosure(Actor actor, PatentApplication application) {
    return secrecy.of(
        application.contentSecret(), application.contentSecret() && mayRead(actor, application));
  }

  /**
   * The application as {@code actor} may see it; {@code readsContent} says whether the caller asked
   * for the secret fields at all (none asked: nothing secret is shown, nothing audited); a read of
   * secret content hands its audit entry to {@code audit}.
   */
  PatentApplicationView show(
      Actor actor,
      PatentApplication application,
      boolean readsContent,
      Consumer<AuditEntry> audit) {
    Disclosure disclosure = disclosure(actor, application);
    if (disclosure == Disclosure.FULL && application.contentSecret() && readsContent) {
      audit.accept(
          AuditEntry.accepted(
              actor,
              application.id(),
              AuditAction.SECRET_CONTENT_READ,
              "Read the secret content of application " + application.number(),
              clock.instant()));
    }
    return new PatentApplicationView(application, disclosure.withheld());
  }
}
