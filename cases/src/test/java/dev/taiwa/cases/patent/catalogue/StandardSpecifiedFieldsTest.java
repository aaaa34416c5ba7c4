package dev.taiwa.cases.patent.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StandardSpecifiedFieldsTest {
  private final SpecifiedFieldRevision revision = StandardSpecifiedFields.REVISION_2024;

  @Test
  void thereAreTwentyFiveFieldsNumberedOneToTwentyFive() {
    assertEquals(
        IntStream.rangeClosed(1, 25).boxed().toList(),
        revision.fields().stream().map(SpecifiedField::number).toList());
  }

  @Test
  void onlyFieldsTenToNineteenNeedTheAdditionalRequirement() {
    revision
        .fields()
        .forEach(
            f -> assertEquals(f.number() >= 10 && f.number() <= 19, f.additionalRequirement()));
  }

  @Test
  void noIpcMappingIsInventedWithoutASource() {
    assertTrue(revision.hasNoIpcMapping());
  }

  @Test
  void noRevisionIsInForceBeforeTheSystemStarted() {
    SpecifiedFieldCatalogue catalogue = SpecifiedFieldCatalogue.standard();
    assertTrue(catalogue.inForceOn(LocalDate.of(2024, 4, 30)).isEmpty());
    assertEquals(revision, catalogue.inForceOn(LocalDate.of(2026, 1, 1)).orElseThrow());
  }
}
