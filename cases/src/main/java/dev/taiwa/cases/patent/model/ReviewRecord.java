package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One record of security review, designation or an obligation sub-case: its kind, the record it
 * answers ({@code parent}, e.g. the request a decision decides), a text (a request, a reason, the
 * conditions), a date where the kind has one (a reply due date, a period end, a lifting notice
 * date), the sharing businesses a maintenance reply or sharing request names, who and when. Its
 * details are need-to-know like the application's content.
 */
public record ReviewRecord(
    UUID id,
    CaseId caseId,
    ReviewRecordKind kind,
    Optional<UUID> parent,
    String text,
    Optional<LocalDate> date,
    List<SharingBusiness> businesses,
    UserId recordedBy,
    Instant recordedAt) {
  public ReviewRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(recordedBy, "recordedBy");
    text = text == null ? "" : text;
    businesses = List.copyOf(businesses);
    recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
  }

  /** A new record with a random id. */
  public static ReviewRecord of(
      CaseId caseId,
      ReviewRecordKind kind,
      UUID parent,
      String text,
      LocalDate date,
      List<SharingBusiness> businesses,
      UserId by,
      Instant at) {
    return new ReviewRecord(
        UUID.randomUUID(),
        caseId,
        kind,
        Optional.ofNullable(parent),
        text,
        Optional.ofNullable(date),
        businesses,
        by,
        at);
  }
}
