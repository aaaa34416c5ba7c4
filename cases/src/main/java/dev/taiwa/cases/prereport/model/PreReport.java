package dev.taiwa.cases.prereport.model;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * The pre-report aggregate: one company's report of a planned technology transfer and everything
 * that follows it. Immutable; each accepted command yields a new instance with {@code version + 1}.
 */
public record PreReport(
    CaseId id,
    ReferenceNumber reference,
    OrganisationId organisationId,
    UserId createdBy,
    PreReportState state,
    PreReportForm form,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt,
    LeadTime leadTime,
    long version) {
  public PreReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(organisationId, "organisation");
    Objects.requireNonNull(createdBy, "created by");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(createdAt, "created at");
    Objects.requireNonNull(updatedAt, "updated at");
  }
}
