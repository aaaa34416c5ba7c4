package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.DomainEvent;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What is to be appended to the audit chain. {@code occurredAt} is kept to the millisecond, so it
 * survives every store unchanged and the hash stays verifiable. The actor fields are null only for
 * system events (no user); {@code caseId} is null for events about no case (e.g. a login). {@code
 * action} is the stored code of an {@link AuditAction} (what the hash covers): writers build
 * entries from an {@code AuditAction}; the canonical constructor taking the code is for reading
 * entries back from a store, which {@link #knownAction()} maps to the action again.
 */
public record AuditEntry(
    Instant occurredAt,
    UserId actorId,
    String actorName,
    OrganisationId actorOrganisation,
    CaseId caseId,
    String action,
    AuditOutcome outcome,
    String summary) {
  public AuditEntry {
    Objects.requireNonNull(occurredAt, "occurred at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(summary, "summary");
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
  }

  /** A new entry recording {@code action}. */
  public AuditEntry(
      Instant occurredAt,
      UserId actorId,
      String actorName,
      OrganisationId actorOrganisation,
      CaseId caseId,
      AuditAction action,
      AuditOutcome outcome,
      String summary) {
    this(
        occurredAt,
        actorId,
        actorName,
        actorOrganisation,
        caseId,
        Objects.requireNonNull(action, "action").code(),
        outcome,
        summary);
  }

  /**
   * The same entry read with another summary (a summary withheld from its reader); for showing
   * only, never for appending: its hash is the stored event's.
   */
  public AuditEntry withSummary(String shownSummary) {
    return new AuditEntry(
        occurredAt, actorId, actorName, actorOrganisation, caseId, action, outcome, shownSummary);
  }

  /** The action the stored code names; empty for a code no {@link AuditAction} has. */
  public Optional<AuditAction> knownAction() {
    return AuditAction.ofCode(action);
  }

  /** The ACCEPTED entry recording {@code event}, a change made by {@code actor}. */
  public static AuditEntry accepted(Actor actor, DomainEvent event) {
    return new AuditEntry(
        event.occurredAt(),
        actor.userId(),
        actor.username(),
        actor.organisationId(),
        event.caseId(),
        event.type(),
        AuditOutcome.ACCEPTED,
        event.summary());
  }

  /**
   * The ACCEPTED entry of {@code action} by {@code actor} on {@code caseId} (null: on no case) that
   * is no domain event of its own, such as a read of secret content or a document issued.
   */
  public static AuditEntry accepted(
      Actor actor, CaseId caseId, AuditAction action, String summary, Instant at) {
    return new AuditEntry(
        at,
        actor.userId(),
        actor.username(),
        actor.organisationId(),
        caseId,
        action,
        AuditOutcome.ACCEPTED,
        summary);
  }

  /**
   * The REJECTED entry of a refused {@code action}: its summary names each code and the field at
   * fault (never the refused input itself).
   */
  public static AuditEntry refused(
      Actor actor, CaseId caseId, AuditAction action, List<Rejection> rejections, Instant at) {
    return refused(actor, caseId, action, null, rejections, at);
  }

  /**
   * As {@link #refused(Actor, CaseId, AuditAction, List, Instant)}, saying what was refused ({@code
   * Refused creation of user 'sato': DUPLICATE username}); {@code what} never holds refused input
   * beyond a name.
   */
  public static AuditEntry refused(
      Actor actor,
      CaseId caseId,
      AuditAction action,
      String what,
      List<Rejection> rejections,
      Instant at) {
    String summary =
        (what == null ? "Refused: " : "Refused " + what + ": ")
            + rejections.stream()
                .map(r -> r.field() == null ? r.code().name() : r.code() + " " + r.field())
                .collect(Collectors.joining(", "));
    return new AuditEntry(
        at,
        actor.userId(),
        actor.username(),
        actor.organisationId(),
        caseId,
        action,
        AuditOutcome.REJECTED,
        summary);
  }
}
