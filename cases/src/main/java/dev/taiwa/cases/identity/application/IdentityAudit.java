package dev.taiwa.cases.identity.application;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Rejection;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Audit entries of account and organisation changes: they concern no case. */
final class IdentityAudit {
  /** How much of a user-typed name the audit log keeps. */
  static final int MAX_TYPED = 64;

  private IdentityAudit() {}

  static AuditEntry accepted(Actor actor, Instant at, String action, String summary) {
    return entry(actor, at, action, AuditOutcome.ACCEPTED, summary);
  }

  /** {@code Refused <what>: CODE field, ...}; never any submitted value. */
  static AuditEntry rejected(
      Actor actor, Instant at, String action, String what, List<Rejection> rejections) {
    String reasons =
        rejections.stream()
            .map(r -> r.field() == null ? r.code().name() : r.code() + " " + r.field())
            .collect(Collectors.joining(", "));
    return entry(actor, at, action, AuditOutcome.REJECTED, "Refused " + what + ": " + reasons);
  }

  /**
   * A user-supplied name as the audit log keeps it: at most {@value #MAX_TYPED} characters, control
   * characters and unpaired surrogates replaced by '?'.
   */
  static String typed(String name) {
    if (name == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder();
    name.codePoints()
        .limit(MAX_TYPED)
        .forEach(
            c ->
                kept.appendCodePoint(
                    Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
                        ? '?'
                        : c));
    return kept.toString();
  }

  /** {@link #typed} in single quotes, for summaries. */
  static String quoted(String name) {
    return name == null ? "(none)" : "'" + typed(name) + "'";
  }

  private static AuditEntry entry(
      Actor actor, Instant at, String action, AuditOutcome outcome, String summary) {
    return new AuditEntry(
        at,
        actor.userId(),
        actor.username(),
        actor.organisationId(),
        null,
        action,
        outcome,
        summary);
  }
}
