package dev.taiwa.cases.patent.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpcMappingRulesTest {
  private static final LocalDate LATEST = LocalDate.of(2024, 5, 1);

  private static NewIpcMappingRevision.Mapping mapping(Integer field, String... groups) {
    return new NewIpcMappingRevision.Mapping(field, List.of(groups), "Cabinet Office list 2025");
  }

  private static NewIpcMappingRevision draft(NewIpcMappingRevision.Mapping... mappings) {
    return new NewIpcMappingRevision(
        LocalDate.of(2025, 4, 1), "Revision notice", List.of(mappings));
  }

  private static List<String> fields(List<Rejection> problems) {
    return problems.stream().map(p -> p.field() + ":" + p.code()).toList();
  }

  @Test
  void aDraftWithSourcedValidMappingsHasNoProblems() {
    assertTrue(
        IpcMappingRules.problems(draft(mapping(1, "F41H", "F41H 3", "F41H 3/00")), LATEST)
            .isEmpty());
  }

  @Test
  void everyProblemIsListedWithItsField() {
    NewIpcMappingRevision bad =
        new NewIpcMappingRevision(
            LocalDate.of(2024, 4, 30),
            "abc",
            List.of(
                new NewIpcMappingRevision.Mapping(0, List.of("X99Z"), null),
                mapping(3, "F41H 3/00"),
                mapping(3, "F41"),
                mapping(26, "F41H")));
    assertEquals(
        List.of(
            "effectiveFrom:INVALID_VALUE",
            "source:INVALID_VALUE",
            "mappings[0].fieldNumber:INVALID_VALUE",
            "mappings[0].ipcGroups[0]:INVALID_VALUE",
            "mappings[0].source:REQUIRED",
            "mappings[2].fieldNumber:DUPLICATE",
            "mappings[2].ipcGroups[0]:INVALID_VALUE",
            "mappings[3].fieldNumber:INVALID_VALUE"),
        fields(IpcMappingRules.problems(bad, LATEST)));
  }

  @Test
  void anEffectiveDateOnTheLatestRevisionsDayIsAccepted() {
    NewIpcMappingRevision sameDay =
        new NewIpcMappingRevision(LATEST, "Revision notice", List.of(mapping(1, "F41H")));
    assertTrue(IpcMappingRules.problems(sameDay, LATEST).isEmpty());
  }

  @Test
  void aSourceLongerThanTwoThousandCharactersIsRefused() {
    NewIpcMappingRevision tooLong =
        new NewIpcMappingRevision(
            LocalDate.of(2025, 4, 1), "x".repeat(2001), List.of(mapping(1, "F41H")));
    assertEquals(
        List.of("source:INVALID_VALUE"), fields(IpcMappingRules.problems(tooLong, LATEST)));
  }

  @Test
  void groupsAreStoredNormalised() {
    IpcMappingRevision revision =
        IpcMappingRules.revision(
            draft(mapping(1, "f41h", "F41H3", "F41H3/00")), "r1", Instant.EPOCH, "admin");
    assertEquals(List.of("F41H", "F41H 3", "F41H 3/00"), revision.mappings().get(0).ipcGroups());
  }
}
