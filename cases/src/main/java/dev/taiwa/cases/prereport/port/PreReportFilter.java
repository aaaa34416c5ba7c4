package dev.taiwa.cases.prereport.port;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.time.LocalDate;
import java.util.Set;

/**
 * Optional filters of the pre-report list; a null or empty field filters nothing. {@code text}
 * matches case-insensitively within the counterparty names and the technology description; {@code
 * unreviewedHits} keeps the reports with a stored screening hit no official has disposed of yet.
 * {@code search} finds reports whose reference, counterparty names (original or romanised),
 * technology description or management measures contain every whitespace-separated word, after NFKC
 * normalisation and with katakana and hiragana alike (the store normalises both sides).
 */
public record PreReportFilter(
    Set<PreReportState> states,
    Integer technologyNumber,
    String destinationCountry,
    OrganisationId organisationId,
    LocalDate plannedFrom,
    LocalDate plannedTo,
    String text,
    boolean unreviewedHits,
    String search) {
  public PreReportFilter {
    states = states == null ? Set.of() : Set.copyOf(states);
  }

  /** No search words. */
  public PreReportFilter(
      Set<PreReportState> states,
      Integer technologyNumber,
      String destinationCountry,
      OrganisationId organisationId,
      LocalDate plannedFrom,
      LocalDate plannedTo,
      String text,
      boolean unreviewedHits) {
    this(
        states,
        technologyNumber,
        destinationCountry,
        organisationId,
        plannedFrom,
        plannedTo,
        text,
        unreviewedHits,
        null);
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
        only,
        search);
  }

  /** The same filter with these search words (null: none). */
  public PreReportFilter withSearch(String words) {
    return new PreReportFilter(
        states,
        technologyNumber,
        destinationCountry,
        organisationId,
        plannedFrom,
        plannedTo,
        text,
        unreviewedHits,
        words);
  }

  public static PreReportFilter none() {
    return new PreReportFilter(Set.of(), null, null, null, null, null, null);
  }
}
