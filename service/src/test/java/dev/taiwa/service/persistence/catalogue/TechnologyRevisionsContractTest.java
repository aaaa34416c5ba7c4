package dev.taiwa.service.persistence.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.catalogue.Technology;
import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import dev.taiwa.cases.catalogue.TechnologyStatus;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class TechnologyRevisionsContractTest extends DatabaseTest {
  private static final LocalDate SCHEME_START = LocalDate.of(2024, 12, 30);

  @Inject TechnologyRevisions revisions;

  @Test
  void theThreeSeededRevisionsComeOldestFirst() {
    List<String> ids = revisions.all().stream().map(TechnologyRevision::id).toList();

    assertEquals(List.of("R2024-178", "R2026-19", "R2026-24"), ids);
  }

  @Test
  void theFirstRevisionListsTenTechnologiesInForceFromTheSchemeStart() {
    TechnologyRevision first = revision("R2024-178");

    assertEquals("経済産業省告示第178号（令和6年） / METI Notice No. 178 of 2024", first.noticeReference());
    assertEquals(SCHEME_START, first.effectiveDate());
    assertEquals("①–⑩ in force from 2024-12-30 (scheme start).", first.note());
    assertEquals(IntStream.rangeClosed(1, 10).boxed().toList(), numbers(first));
    assertTrue(
        first.items().stream()
            .allMatch(
                t ->
                    t.status() == TechnologyStatus.EFFECTIVE
                        && SCHEME_START.equals(t.effectiveFrom())));
    assertEquals(
        new Technology(
            1,
            "積層セラミックコンデンサ（MLCC）",
            "Multilayer ceramic capacitors",
            TechnologyStatus.EFFECTIVE,
            SCHEME_START),
        first.item(1).orElseThrow());
  }

  @Test
  void theSecondRevisionHasNineteenInForceAndFiveProposed() {
    TechnologyRevision second = revision("R2026-19");

    assertEquals(LocalDate.of(2026, 4, 7), second.effectiveDate());
    assertEquals(IntStream.rangeClosed(1, 24).boxed().toList(), numbers(second));
    assertEquals(SCHEME_START, second.item(10).orElseThrow().effectiveFrom());
    assertEquals(LocalDate.of(2026, 4, 7), second.item(11).orElseThrow().effectiveFrom());
    assertEquals(LocalDate.of(2026, 4, 7), second.item(19).orElseThrow().effectiveFrom());
    for (int number = 20; number <= 24; number++) {
      Technology proposed = second.item(number).orElseThrow();
      assertEquals(TechnologyStatus.PROPOSED, proposed.status());
      assertNull(proposed.effectiveFrom());
    }
    assertEquals("シンチレータ", second.item(24).orElseThrow().nameJa());
  }

  @Test
  void theThirdRevisionPutsTwentyToTwentyFourInForceOnItsPlaceholderDate() {
    TechnologyRevision third = revision("R2026-24");

    assertEquals(LocalDate.of(2026, 7, 1), third.effectiveDate());
    assertTrue(third.items().stream().allMatch(t -> t.status() == TechnologyStatus.EFFECTIVE));
    assertEquals(LocalDate.of(2026, 4, 7), third.item(19).orElseThrow().effectiveFrom());
    Technology gan = third.item(21).orElseThrow();
    assertEquals("GaN基板（GaN on GaN）", gan.nameJa());
    assertEquals("GaN substrates (GaN on GaN)", gan.nameEn());
    assertEquals(LocalDate.of(2026, 7, 1), gan.effectiveFrom());
  }

  private TechnologyRevision revision(String id) {
    return revisions.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Integer> numbers(TechnologyRevision revision) {
    return revision.items().stream().map(Technology::number).toList();
  }
}
