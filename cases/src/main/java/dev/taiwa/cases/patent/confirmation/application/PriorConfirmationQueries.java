package dev.taiwa.cases.patent.confirmation.application;

import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditedReads;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.confirmation.access.PriorConfirmationAccessPolicy;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationAction;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationTransitions;
import dev.taiwa.cases.patent.confirmation.port.PriorConfirmations;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads of prior-confirmation requests. Everyone who may see a request is a need-to-know reader, so
 * every read that asks for its content (title, summary) records SECRET_CONTENT_READ; the read runs
 * in a read-only transaction and its entries are stored before its result is returned ({@link
 * AuditedReads}).
 */
public final class PriorConfirmationQueries {

  private final PriorConfirmations store;
  private final AccessGrantQueries grants;
  private final AuditedReads reads;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final PriorConfirmationAccessPolicy access = new PriorConfirmationAccessPolicy();

  public PriorConfirmationQueries(
      PriorConfirmations store,
      AccessGrantQueries grants,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.store = store;
    this.grants = grants;
    this.reads = new AuditedReads(unitOfWork, auditLog);
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** The request as the caller may see it; empty when missing or hidden (the same answer). */
  public Optional<PriorConfirmationView> find(Actor actor, CaseId id, boolean readsContent) {
    return reads.read(
        audit ->
            store
                .find(id)
                .filter(r -> canSee(actor, r))
                .map(r -> show(actor, r, readsContent, audit)));
  }

  /** {@link #find} for many requests: one read; hidden and missing ones are left out. */
  public List<PriorConfirmationView> findAll(
      Actor actor, java.util.Collection<CaseId> ids, boolean readsContent) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return reads.read(
        audit ->
            store.findAll(ids).stream()
                .filter(r -> canSee(actor, r))
                .map(r -> show(actor, r, readsContent, audit))
                .toList());
  }

  /** The request as a command answers it (never its content), when the caller may see it. */
  public Optional<PriorConfirmationView> answerOf(Actor actor, CaseId id) {
    return unitOfWork.readOnly(
        () -> store.find(id).filter(r -> canSee(actor, r)).map(r -> withoutContent(actor, r)));
  }

  /** The requests the caller's roles list (its organisation's, or all), newest first. */
  public Page<PriorConfirmationView> search(Actor actor, PageRequest page, boolean readsContent) {
    Reach reach = access.listReach(actor);
    if (reach == Reach.NOTHING) {
      return Page.empty(page.withTotal());
    }
    return reads.read(
        audit -> {
          Page<PriorConfirmation> found =
              store.search(reach == Reach.EVERYTHING ? null : actor.organisationId(), page);
          return found.withItems(
              found.items().stream().map(r -> show(actor, r, readsContent, audit)).toList());
        });
  }

  /**
   * Of {@code ids}, the requests withheld from the caller: every request it may not see (a request
   * is secret as a whole, and whoever sees it has need-to-know); other ids are left out.
   */
  public Set<CaseId> withheldAmong(Actor actor, java.util.Collection<CaseId> ids) {
    return unitOfWork.readOnly(
        () ->
            store.findAll(ids).stream()
                .filter(r -> !canSee(actor, r))
                .map(PriorConfirmation::id)
                .collect(java.util.stream.Collectors.toSet()));
  }

  /** What the caller may do to the request now. */
  public Set<PriorConfirmationAction> availableActions(Actor actor, PriorConfirmation request) {
    return PriorConfirmationTransitions.TABLE.availableActions(
        request.state(), access.rolesOn(actor, request));
  }

  /** Visible by role, or by an active need-to-know grant on this very request. */
  boolean canSee(Actor actor, PriorConfirmation request) {
    return access.canSeeByRole(actor, request)
        || grants.mayReadSecret(actor, request.id(), request.organisation(), Set.of());
  }

  /** The view a command answers with: never the content. */
  PriorConfirmationView withoutContent(Actor actor, PriorConfirmation request) {
    return new PriorConfirmationView(request, access.readsInternal(actor), false);
  }

  private PriorConfirmationView show(
      Actor actor, PriorConfirmation request, boolean content, Consumer<AuditEntry> audit) {
    if (content) {
      audit.accept(
          AuditEntry.accepted(
              actor,
              request.id(),
              AuditAction.SECRET_CONTENT_READ,
              "Read the secret content of prior-confirmation request " + request.id(),
              clock.instant()));
    }
    return new PriorConfirmationView(request, access.readsInternal(actor), true);
  }
}
