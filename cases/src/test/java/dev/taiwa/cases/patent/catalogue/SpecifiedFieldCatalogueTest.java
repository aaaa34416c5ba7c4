package dev.taiwa.cases.patent.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.patent.model.IpcCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecifiedFieldCatalogueTest {
  private final List<IpcMappingRevision> stored = new ArrayList<>();
  private final SpecifiedFieldCatalogue catalogue =
      new SpecifiedFieldCatalogue(List.of(StandardSpecifiedFields.REVISION_2024), () -> stored);

  private static IpcMappingRevision revision(String id, LocalDate from, long at, String... groups) {
    return new IpcMappingRevision(
        id,
        from,
        "Revision notice",
        List.of(new IpcMapping(1, List.of(groups), "Cabinet Office list")),
        Instant.ofEpochMilli(at),
        "admin");
  }

  private boolean fieldOneMatches(LocalDate date, String code) {
    return catalogue
        .inForceOn(date)
        .flatMap(r -> r.field(1))
        .orElseThrow()
        .matchesAny(List.of(IpcCode.parse(code).orElseThrow()));
  }

  @Test
  void theBuiltInRevisionStaysInForceBeforeARecordedOne() {
    stored.add(revision("r1", LocalDate.of(2025, 4, 1), 1, "F41H"));
    assertFalse(fieldOneMatches(LocalDate.of(2025, 3, 31), "F41H 3/00"));
    assertTrue(fieldOneMatches(LocalDate.of(2025, 4, 1), "F41H 3/00"));
  }

  @Test
  void aRecordedRevisionKeepsTheBuiltInNamesAndFlags() {
    stored.add(revision("r1", LocalDate.of(2025, 4, 1), 1, "F41H"));
    SpecifiedFieldRevision inForce = catalogue.inForceOn(LocalDate.of(2026, 1, 1)).orElseThrow();
    assertEquals("r1", inForce.id());
    assertEquals(
        StandardSpecifiedFields.REVISION_2024.fields().stream()
            .map(SpecifiedField::nameJa)
            .toList(),
        inForce.fields().stream().map(SpecifiedField::nameJa).toList());
    assertTrue(inForce.field(10).orElseThrow().additionalRequirement());
    assertTrue(inForce.field(2).orElseThrow().ipcGroups().isEmpty());
  }

  @Test
  void aLaterRevisionReplacesTheWholeMappingFromItsDate() {
    stored.add(revision("r2", LocalDate.of(2026, 1, 1), 2, "F42B"));
    stored.add(revision("r1", LocalDate.of(2025, 4, 1), 1, "F41H"));
    assertTrue(fieldOneMatches(LocalDate.of(2025, 12, 31), "F41H 3/00"));
    assertFalse(fieldOneMatches(LocalDate.of(2026, 1, 1), "F41H 3/00"));
    assertTrue(fieldOneMatches(LocalDate.of(2026, 1, 1), "F42B 10/00"));
    assertEquals(LocalDate.of(2026, 1, 1), catalogue.latestEffectiveDate());
  }

  @Test
  void ofTwoRevisionsOnTheSameDayTheLaterRecordedOneIsInForce() {
    stored.add(revision("r2", LocalDate.of(2025, 4, 1), 2, "F42B"));
    stored.add(revision("r1", LocalDate.of(2025, 4, 1), 1, "F41H"));
    assertEquals("r2", catalogue.inForceOn(LocalDate.of(2025, 4, 1)).orElseThrow().id());
  }
}
