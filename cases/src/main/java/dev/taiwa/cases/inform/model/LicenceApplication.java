package dev.taiwa.cases.inform.model;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The company's licence application after an inform: its own reference, the application date, and
 * its response to each proposed condition.
 */
public record LicenceApplication(
    CaseId caseId,
    String companyReference,
    LocalDate appliedOn,
    List<ConditionResponse> responses,
    UserId appliedBy,
    Instant recordedAt) {
  public LicenceApplication {
    Objects.requireNonNull(caseId, "case id");
    Objects.requireNonNull(companyReference, "company reference");
    Objects.requireNonNull(appliedOn, "applied on");
    Objects.requireNonNull(appliedBy, "applied by");
    Objects.requireNonNull(recordedAt, "recorded at");
    responses = List.copyOf(responses);
  }
}
