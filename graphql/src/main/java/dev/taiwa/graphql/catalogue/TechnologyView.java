package dev.taiwa.graphql.catalogue;

import dev.taiwa.cases.catalogue.Technology;
import dev.taiwa.cases.catalogue.TechnologyStatus;
import java.time.LocalDate;

/** The GraphQL {@code Technology} type: a catalogue item judged against a reference date. */
public record TechnologyView(
    int number,
    String nameJa,
    String nameEn,
    TechnologyStatus status,
    LocalDate effectiveFrom,
    boolean inForce) {

  public static TechnologyView of(Technology technology, LocalDate referenceDate) {
    return new TechnologyView(
        technology.number(),
        technology.nameJa(),
        technology.nameEn(),
        technology.status(),
        technology.effectiveFrom(),
        technology.isInForceOn(referenceDate));
  }
}
