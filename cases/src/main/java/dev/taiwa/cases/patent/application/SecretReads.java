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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

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
   * for the secret fields at all (none asked: nothing secret is shown, nothing audited); a read of
   * secret content hands its audit entry to {@code audit}.
   */
  PatentApplicationView show(
      Actor actor,
      PatentApplication application,
      boolean readsContent,
      Consumer<AuditEntry> audit) {
    return showAll(actor, List.of(application), readsContent, audit).get(0);
  }

  /**
   * {@link #show} for many applications (a list page): the same decision for each, and one
   * SECRET_CONTENT_READ per secret application whose content is shown.
   */
  List<PatentApplicationView> showAll(
      Actor actor,
      List<PatentApplication> applications,
      boolean readsContent,
      Consumer<AuditEntry> audit) {
    List<PatentApplicationView> views = new ArrayList<>(applications.size());
    Predicate<PatentApplication> mayRead = reader(actor);
    for (PatentApplication application : applications) {
      Disclosure disclosure = disclosure(application, mayRead);
      if (disclosure == Disclosure.FULL && application.contentSecret() && readsContent) {
        audit.accept(
            AuditEntry.accepted(
                actor,
                application.id(),
                AuditAction.SECRET_CONTENT_READ,
                "Read the secret content of application " + application.number(),
                clock.instant()));
      }
      views.add(new PatentApplicationView(application, disclosure.withheld()));
    }
    return views;
  }
}
