package dev.taiwa.cases.prereport.port;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.time.LocalDate;
import java.util.Set;

/**
 * Optional filters of the pre-report list; a null or empty field filters nothing. {@code text}
 * matches case-insensitively within the counterparty names and the technology description; {@code
 * unreviewedHits} keeps the reports with a stored screening hit no official has disposed of yet.
 */
public record PreReportFilter(
    Set<PreReportState> states,
    Integer technologyNumber,
    String destinationCountry,
    OrganisationId organisationId,
    LocalDate plannedFrom,
    LocalDate plannedTo,
    String text,
    boolean unreviewedHits) {
  public PreReportFilter {
    states = states == null ? Set.of() : Set.copyOf(states);
  }

  /** No filter on screening hits. */
  public PreReportFilter(
      Set<PreReportState> states,
      Integer technologyNumber,
      String destinationCountry,
      OrganisationId organisationId,
      LocalDate plannedFrom,
      LocalDate plannedTo,
      String text) {
    this(
        states,
        technologyNumber,
        destinationCountry,
        organisationId,
        plannedFrom,
        plannedTo,
        text,
        false);
  }

  /** The same filter, keeping only reports with a screening hit no official has reviewed. */
  public PreReportFilter withUnreviewedHits(boolean only) {
    return new PreReportFilter(
        states,
        technologyNumber,
        destinationCountry,
        organisationId,
        plannedFrom,
        plannedTo,
        text,
        only);
  }

  public static PreReportFilter none() {
    return new PreReportFilter(Set.of(), null, null, null, null, null, null);
  }
}
