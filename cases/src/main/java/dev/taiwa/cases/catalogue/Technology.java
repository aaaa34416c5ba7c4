package dev.taiwa.cases.catalogue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One of the technologies listed for the technology-management dialogue scheme, as one catalogue
 * revision states it. {@code effectiveFrom} is null while unknown.
 */
public record Technology(
    int number, String nameJa, String nameEn, TechnologyStatus status, LocalDate effectiveFrom) {
  public Technology {
    if (number < 1) {
      throw new IllegalArgumentException("technology number must be positive");
    }
    Objects.requireNonNull(nameJa, "Japanese name");
    Objects.requireNonNull(nameEn, "English name");
    Objects.requireNonNull(status, "status");
  }

  /** True when a report filed on {@code date} may name this technology. */
  public boolean isInForceOn(LocalDate date) {
    return status == TechnologyStatus.EFFECTIVE
        && effectiveFrom != null
        && !effectiveFrom.isAfter(date);
  }
}
