package dev.taiwa.cases.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A revision of the technology list: the whole list as a notice left it. {@code noticeReference}
 * cites the notice (e.g. METI Notice No. 178 of 2024); {@code note} says what is unconfirmed.
 */
public record TechnologyRevision(
    String id,
    String noticeReference,
    LocalDate effectiveDate,
    String note,
    List<Technology> items) {
  public TechnologyRevision {
    Objects.requireNonNull(id, "revision id");
    Objects.requireNonNull(noticeReference, "notice reference");
    Objects.requireNonNull(effectiveDate, "effective date");
    items = List.copyOf(items);
  }

  public Optional<Technology> item(int number) {
    return items.stream().filter(t -> t.number() == number).findFirst();
  }
}
