package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditedReads;
import dev.taiwa.cases.command.SimpleTarget;
import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.access.PatentAccessPolicy;
import dev.taiwa.cases.patent.model.PatentAction;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentTransitions;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.cases.patent.port.PatentFilter;
import dev.taiwa.cases.patent.port.PatentScope;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads of patent applications. Each read runs in a read-only transaction (it takes no write lock);
 * the SECRET_CONTENT_READ entries it causes are stored before its result is returned ({@link
 * AuditedReads}), so no secret content leaves without its audit record.
 */
public final class PatentQueries {
  private final PatentApplications applications;
  private final UnitOfWork unitOfWork;
  private final AccessGrantQueries grants;
  private final SecretReads secretReads;
  private final AuditedReads reads;
  private final PatentAccessPolicy access = new PatentAccessPolicy();

  public PatentQueries(
      PatentApplications applications,
      AccessGrantQueries grants,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.applications = applications;
    this.grants = grants;
    this.unitOfWork = unitOfWork;
    this.secretReads = new SecretReads(grants, clock);
    this.reads = new AuditedReads(unitOfWork, auditLog);
  }

  /**
   * The application as the caller may see it, or empty when it is missing or hidden from the caller
   * (the same answer). {@code readsContent}: whether title, abstract or claims are asked for.
   */
  public Optional<PatentApplicationView> find(Actor actor, CaseId id, boolean readsContent) {
    return reads.read(
        audit ->
            applications
                .find(id)
                .filter(application -> canSee(actor, application))
                .map(application -> secretReads.show(actor, application, readsContent, audit)));
  }

  /** {@link #find} for many applications: one read; hidden and missing ones are left out. */
  public List<PatentApplicationView> findAll(
      Actor actor, java.util.Collection<CaseId> ids, boolean readsContent) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return reads.read(
        audit ->
            secretReads.showAll(
                actor,
                applications.findAll(ids).stream().filter(visibility(actor)).toList(),
                readsContent,
                audit));
  }

  /**
   * The application as a command answers it, when the caller may see it: never with secret content,
   * so nothing is read that would need auditing.
   */
  public Optional<PatentApplicationView> answerOf(Actor actor, CaseId id) {
    return unitOfWork.readOnly(
        () ->
            applications
                .find(id)
                .filter(application -> canSee(actor, application))
                .map(PatentChanges::answer));
  }

  /**
   * The applications the caller's roles show and those it holds an active grant for, newest first;
   * secret reads audited one by one.
   */
  public Page<PatentApplicationView> search(
      Actor actor, PatentFilter filter, PageRequest page, boolean readsContent) {
    Set<CaseId> granted =
        grants.myActiveGrants(actor).stream().map(AccessGrant::caseId).collect(Collectors.toSet());
    PatentScope scope = access.scopeFor(actor, granted);
    if (scope.isNothing()) {
      return Page.empty(page.withTotal());
    }
    return reads.read(
        audit -> {
          Page<PatentApplication> found = applications.search(scope, filter, page);
          return found.withItems(secretReads.showAll(actor, found.items(), readsContent, audit));
        });
  }

  /**
   * True when the caller would read the application's content in a secret state (need-to-know),
   * whatever its state now: a document printed while it was secret stays need-to-know after
   * lifting.
   */
  public boolean hasNeedToKnow(Actor actor, PatentApplication application) {
    return secretReads.mayRead(actor, application);
  }

  /**
   * Of {@code ids}, the applications whose content is withheld from the caller now (secret, and no
   * need-to-know), whether or not the caller may see them; other ids are left out.
   */
  public Set<CaseId> withheldAmong(Actor actor, java.util.Collection<CaseId> ids) {
    return unitOfWork.readOnly(() -> withheldAmong(actor, applications.findAll(ids)));
  }

  /** What the caller may do to the application now. */
  public Set<PatentAction> availableActions(Actor actor, PatentApplication application) {
    return PatentTransitions.TABLE.availableActions(
        application.state(), access.rolesOn(actor, application));
  }

  /** How commands reach an application, visible as to these queries. */
  public Target<CaseId, PatentApplication> target() {
    return new SimpleTarget<>(
        "application",
        applications::find,
        this::canSee,
        access::rolesOn,
        PatentApplication::id,
        PatentApplication::version);
  }

  private Set<CaseId> withheldAmong(Actor actor, List<PatentApplication> found) {
    java.util.function.Predicate<PatentApplication> mayRead = secretReads.reader(actor);
    return found.stream()
        .filter(a -> secretReads.disclosure(a, mayRead).withheld())
        .map(PatentApplication::id)
        .collect(Collectors.toSet());
  }

  /** {@link #canSee} for the applications of one read: the caller's grants read at most once. */
  private java.util.function.Predicate<PatentApplication> visibility(Actor actor) {
    java.util.function.Predicate<CaseId> granted = grants.grantHolder(actor);
    return application -> access.canSeeByRole(actor, application) || granted.test(application.id());
  }

  /** Visible by role, or by an active need-to-know grant on this very case. */
  boolean canSee(Actor actor, PatentApplication application) {
    return access.canSeeByRole(actor, application)
        || grants.holdsActiveGrant(actor, application.id());
  }
}
