package dev.taiwa.cases.prereport.port;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.time.LocalDate;
import java.util.Set;

/**
 * Optional filters of the pre-report list; a null or empty field filters nothing. {@code text}
 * matches case-insensitively within the counterparty names and the technology description.
 */
public record PreReportFilter(
    Set<PreReportState> states,
    Integer technologyNumber,
    String destinationCountry,
    OrganisationId organisationId,
    LocalDate plannedFrom,
    LocalDate plannedTo,
    String text) {
  public PreReportFilter {
    states = states == null ? Set.of() : Set.copyOf(states);
  }

  public static PreReportFilter none() {
    return new PreReportFilter(Set.of(), null, null, null, null, null, null);
  }
}
