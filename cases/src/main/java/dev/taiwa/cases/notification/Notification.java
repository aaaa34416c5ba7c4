package dev.taiwa.cases.notification;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A published notification as one reader's feed holds it: whether that reader has read it. */
public record Notification(
    UUID id,
    NotificationKind kind,
    CaseId caseId,
    CaseKind caseKind,
    String caseReference,
    Optional<LocalDate> due,
    Instant createdAt,
    boolean read) {
  public Notification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(caseKind, "caseKind");
    Objects.requireNonNull(caseReference, "caseReference");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The text shown, in Japanese. */
  public String textJa() {
    return NotificationText.japanese(this);
  }

  /** The text shown, in English. */
  public String textEn() {
    return NotificationText.english(this);
  }
}
