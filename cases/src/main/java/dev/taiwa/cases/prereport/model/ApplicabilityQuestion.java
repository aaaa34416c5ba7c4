package dev.taiwa.cases.prereport.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The facts the applicability check weighs; {@code asOf} picks the technology list revision. */
public record ApplicabilityQuestion(
    List<Integer> technologyNumbers,
    String destinationCountry,
    TransactionType transactionType,
    Set<Exemption> claimedExemptions,
    LocalDate asOf) {
  public ApplicabilityQuestion {
    technologyNumbers = technologyNumbers == null ? List.of() : List.copyOf(technologyNumbers);
    claimedExemptions = claimedExemptions == null ? Set.of() : Set.copyOf(claimedExemptions);
  }
}
