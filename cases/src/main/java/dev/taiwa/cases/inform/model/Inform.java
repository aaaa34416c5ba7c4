package dev.taiwa.cases.inform.model;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An inform (インフォーム): the notice that a licence application is required, on one of its two routes
 * ({@link InformRoute}): citing the case's unresolved concerns (by id), or recording the dialogue's
 * conclusion that licence conditions are effective; with the proposed licence conditions and the
 * date by which the company should apply (the ledger's COMPANY deadline {@code inform}).
 */
public record Inform(
    UUID id,
    CaseId caseId,
    InformRoute route,
    List<UUID> citedConcerns,
    List<String> proposedConditions,
    String summary,
    LocalDate applicationDue,
    UserId issuedBy,
    Instant issuedAt) {
  public Inform {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "case id");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(applicationDue, "application due");
    Objects.requireNonNull(issuedBy, "issued by");
    Objects.requireNonNull(issuedAt, "issued at");
    citedConcerns = List.copyOf(citedConcerns);
    proposedConditions = List.copyOf(proposedConditions);
  }

  /**
   * An inform on the route {@link InformRoute#UNRESOLVED_CONCERNS}, citing {@code citedConcerns}.
   */
  public Inform(
      UUID id,
      CaseId caseId,
      List<UUID> citedConcerns,
      List<String> proposedConditions,
      String summary,
      LocalDate applicationDue,
      UserId issuedBy,
      Instant issuedAt) {
    this(
        id,
        caseId,
        InformRoute.UNRESOLVED_CONCERNS,
        citedConcerns,
        proposedConditions,
        summary,
        applicationDue,
        issuedBy,
        issuedAt);
  }
}
