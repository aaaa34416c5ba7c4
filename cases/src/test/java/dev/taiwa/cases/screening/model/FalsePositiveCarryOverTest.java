package dev.taiwa.cases.screening.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.CaseId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FalsePositiveCarryOverTest {
  private static final CaseId CASE = CaseId.parse("6f1c2b0e-1d1a-4c1e-9a1b-0c0d0e0f1a2b");
  private static final ListVersionId V1 = new ListVersionId("v1");
  private static final ListVersionId V2 = new ListVersionId("v2");
  private static final ListVersionId V3 = new ListVersionId("v3");
  private static final Instant DAY1 = Instant.parse("2026-11-01T01:00:00Z");
  private static final Instant DAY2 = Instant.parse("2026-11-02T01:00:00Z");

  private static ListEntry entry(String ref, List<String> aliases) {
    return new ListEntry(ref, "蘇州電子有限公司", aliases, "CN", "核", null);
  }

  private static final ListEntry ENTRY = entry("117", List.of("Suzhou Dianzi", "苏州电子"));

  private static ScreeningHit hit(ListVersionId version, ListEntry entry) {
    return hit(version, ListSource.END_USER_LIST, entry, "苏州电子有限公司", SubjectField.NAME_ORIGINAL);
  }

  private static ScreeningHit hit(
      ListVersionId version,
      ListSource source,
      ListEntry entry,
      String subject,
      SubjectField field) {
    return new ScreeningHit(
        version, source, entry, 0.97, subject, field, entry.name(), MatchedField.NAME);
  }

  private static StoredHit stored(ScreeningHit hit, Disposition d) {
    return new StoredHit(
        "h-" + hit.listVersion(), CASE, hit, ScreeningTrigger.SUBMISSION, DAY1, d, 1);
  }

  private static Disposition verdict(Verdict v, Instant at) {
    return new Disposition(v, "所在地・業種が異なる別法人", "officer1", at);
  }

  private static final StoredHit DISMISSED_IN_V1 =
      stored(hit(V1, ENTRY), verdict(Verdict.FALSE_POSITIVE, DAY1));

  private static Optional<Disposition> carried(ScreeningHit found, StoredHit... before) {
    return FalsePositiveCarryOver.carried(found, List.of(before));
  }

  @Test
  void aFalsePositiveOfTheSameUnchangedEntryIsCarriedWithWhoWhenWhyAndTheVersion() {
    Disposition d = carried(hit(V2, ENTRY), DISMISSED_IN_V1).orElseThrow();
    assertEquals(Verdict.FALSE_POSITIVE, d.verdict());
    assertEquals("所在地・業種が異なる別法人", d.reason());
    assertEquals("officer1", d.decidedBy());
    assertEquals(DAY1, d.decidedAt());
    assertEquals(V1, d.carriedFrom());
    assertEquals("v1", d.carriedFromVersion());
  }

  @Test
  void aliasesInAnotherOrderOrWithSpacesAroundAreTheSameEntry() {
    ListEntry reordered = entry("117", List.of(" 苏州电子", "Suzhou Dianzi "));
    assertTrue(carried(hit(V2, reordered), DISMISSED_IN_V1).isPresent());
  }

  @Test
  void aCarriedDispositionIsCarriedOnNamingTheVersionTheOfficialDecidedIn() {
    StoredHit carriedInV2 =
        stored(hit(V2, ENTRY), carried(hit(V2, ENTRY), DISMISSED_IN_V1).orElseThrow());
    assertEquals(
        V1, carried(hit(V3, ENTRY), DISMISSED_IN_V1, carriedInV2).orElseThrow().carriedFrom());
    assertEquals(V1, carried(hit(V3, ENTRY), carriedInV2).orElseThrow().carriedFrom());
  }

  @Test
  void aChangedEntryComesBackUnreviewed() {
    assertEquals(
        Optional.empty(),
        carried(
            hit(V2, entry("117", List.of("Suzhou Dianzi", "苏州电子", "Soshu Denshi"))),
            DISMISSED_IN_V1),
        "a new alias");
    assertEquals(
        Optional.empty(),
        carried(hit(V2, entry("117", List.of("Suzhou Dianzi"))), DISMISSED_IN_V1),
        "an alias removed");
    assertEquals(
        Optional.empty(),
        carried(
            hit(V2, new ListEntry("117", "蘇州電子股份有限公司", ENTRY.aliases(), "CN", "核", null)),
            DISMISSED_IN_V1),
        "the name");
    assertEquals(
        Optional.empty(),
        carried(
            hit(V2, new ListEntry("117", ENTRY.name(), ENTRY.aliases(), "HK", "核", null)),
            DISMISSED_IN_V1),
        "the country");
    assertEquals(
        Optional.empty(),
        carried(
            hit(V2, new ListEntry("117", ENTRY.name(), ENTRY.aliases(), "CN", "核、ミサイル", null)),
            DISMISSED_IN_V1),
        "the type of concern");
    assertEquals(
        Optional.empty(),
        carried(
            hit(V2, new ListEntry("117", ENTRY.name(), ENTRY.aliases(), "CN", "核", "No. 8 Road")),
            DISMISSED_IN_V1),
        "an address");
  }

  @Test
  void anotherEntryIsNotCovered() {
    assertEquals(
        Optional.empty(),
        carried(hit(V2, entry("118", ENTRY.aliases())), DISMISSED_IN_V1),
        "another reference");
    assertEquals(
        Optional.empty(),
        carried(
            hit(
                V2,
                ListSource.CONSOLIDATED_SCREENING_LIST,
                ENTRY,
                "苏州电子有限公司",
                SubjectField.NAME_ORIGINAL),
            DISMISSED_IN_V1),
        "the same reference in another list");
  }

  @Test
  void anotherNameOfTheCounterpartyMatchingIsNotCovered() {
    assertEquals(
        Optional.empty(),
        carried(
            hit(V2, ListSource.END_USER_LIST, ENTRY, "苏州电子股份公司", SubjectField.NAME_ORIGINAL),
            DISMISSED_IN_V1));
    assertEquals(
        Optional.empty(),
        carried(
            hit(V2, ListSource.END_USER_LIST, ENTRY, "苏州电子有限公司", SubjectField.NAME_ROMANISED),
            DISMISSED_IN_V1));
  }

  @Test
  void aTrueMatchIsNotCarried() {
    assertEquals(
        Optional.empty(),
        carried(hit(V2, ENTRY), stored(hit(V1, ENTRY), verdict(Verdict.TRUE_MATCH, DAY1))));
  }

  @Test
  void theLatestVerdictOnTheUnchangedEntryDecides() {
    StoredHit trueMatchInV2 = stored(hit(V2, ENTRY), verdict(Verdict.TRUE_MATCH, DAY2));
    assertEquals(Optional.empty(), carried(hit(V3, ENTRY), DISMISSED_IN_V1, trueMatchInV2));
    StoredHit trueMatchFirst = stored(hit(V1, ENTRY), verdict(Verdict.TRUE_MATCH, DAY1));
    StoredHit dismissedLater = stored(hit(V2, ENTRY), verdict(Verdict.FALSE_POSITIVE, DAY2));
    assertEquals(
        V2, carried(hit(V3, ENTRY), trueMatchFirst, dismissedLater).orElseThrow().carriedFrom());
  }

  @Test
  void withoutAPreviousDispositionTheHitIsUnreviewed() {
    assertEquals(Optional.empty(), carried(hit(V2, ENTRY)));
    assertEquals(Optional.empty(), carried(hit(V2, ENTRY), stored(hit(V1, ENTRY), null)));
  }

  @Test
  void aHitOfTheSameVersionIsNotItsOwnPredecessor() {
    assertEquals(Optional.empty(), carried(hit(V1, ENTRY), DISMISSED_IN_V1));
  }

  @Test
  void applyPairsEachFoundHitWithItsDisposition() {
    ScreeningHit same = hit(V2, ENTRY);
    ScreeningHit other = hit(V2, entry("118", List.of()));
    List<HitToStore> toStore =
        FalsePositiveCarryOver.apply(List.of(same, other), List.of(DISMISSED_IN_V1));
    assertEquals(2, toStore.size());
    assertEquals(same, toStore.get(0).hit());
    assertEquals(V1, toStore.get(0).disposition().carriedFrom());
    assertEquals(other, toStore.get(1).hit());
    assertNull(toStore.get(1).disposition());
  }
}
