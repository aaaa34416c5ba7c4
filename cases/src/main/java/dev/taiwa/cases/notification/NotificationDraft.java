package dev.taiwa.cases.notification;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification to publish: its kind, the case (by id and its shown reference, e.g. {@code
 * PR-2026-000123} or an application number), the recipient, and a due date where the kind has one.
 * Never case content: the reader opens the case under its own access rules.
 */
public record NotificationDraft(
    NotificationKind kind,
    CaseId caseId,
    CaseKind caseKind,
    String caseReference,
    Recipient recipient,
    Optional<LocalDate> due) {
  public NotificationDraft {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(caseKind, "caseKind");
    Objects.requireNonNull(caseReference, "caseReference");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(due, "due");
  }
}
