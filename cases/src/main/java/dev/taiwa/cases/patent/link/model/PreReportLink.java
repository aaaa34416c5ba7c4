package dev.taiwa.cases.patent.link.model;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A link between a patent application and a pre-report of the same applicant organisation about the
 * same technology, with the filer's note on what they share.
 */
public record PreReportLink(
    CaseId applicationId, CaseId preReportId, String note, Instant linkedAt, UserId linkedBy) {
  public PreReportLink {
    Objects.requireNonNull(applicationId, "application");
    Objects.requireNonNull(preReportId, "pre-report");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(linkedBy, "linked by");
    linkedAt = linkedAt.truncatedTo(ChronoUnit.MILLIS);
  }
}
