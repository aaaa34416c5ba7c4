package dev.taiwa.cases.screening.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.screening.model.ListEntry;
import dev.taiwa.cases.screening.model.ListSource;
import dev.taiwa.cases.screening.model.ListVersion;
import dev.taiwa.cases.screening.model.ListVersionId;
import dev.taiwa.cases.screening.model.MatchedField;
import dev.taiwa.cases.screening.model.ScreeningHit;
import dev.taiwa.cases.screening.model.ScreeningSubject;
import dev.taiwa.cases.screening.model.ScreeningThreshold;
import dev.taiwa.cases.screening.model.SubjectField;
import dev.taiwa.cases.screening.port.NameFolding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NameMatchingTest {

  /** Folds case only and scores 1 for equal names, 0 otherwise: the rules without a library. */
  static final NameFolding EXACT =
      new NameFolding() {
        @Override
        public String fold(String name) {
          return name.toLowerCase(Locale.ROOT);
        }

        @Override
        public String romanise(String folded) {
          return folded;
        }

        @Override
        public double scriptSimilarity(String a, String b) {
          return a.equals(b) ? 1 : 0;
        }

        @Override
        public double latinSimilarity(String a, String b) {
          return a.equals(b) ? 1 : 0;
        }
      };

  private final NameMatching matching = new NameMatching(EXACT, ScreeningThreshold.DEFAULT);

  private static ListVersion version(ListEntry... entries) {
    return new ListVersion(
        new ListVersionId("v1"),
        ListSource.END_USER_LIST,
        LocalDate.of(2026, 9, 30),
        "ab".repeat(32),
        Instant.parse("2026-10-01T00:00:00Z"),
        List.of(entries));
  }

  private static ListEntry entry(String ref, String name, String... aliases) {
    return new ListEntry(ref, name, List.of(aliases), "China", "Missile", null);
  }

  @Test
  void anAliasMatchesAndTheHitNamesTheAliasTheEntryAndTheListVersion() {
    ListVersion version =
        version(entry("12", "Northwest Polytechnical University", "西北工业大学", "NPU"));

    List<ScreeningHit> hits = matching.screen(new ScreeningSubject("西北工业大学", null), version);

    assertEquals(1, hits.size());
    ScreeningHit hit = hits.get(0);
    assertEquals(new ListVersionId("v1"), hit.listVersion());
    assertEquals("12", hit.entry().ref());
    assertEquals(1.0, hit.score());
    assertEquals("西北工业大学", hit.entryName());
    assertEquals(MatchedField.ALIAS, hit.entryField());
    assertEquals(SubjectField.NAME_ORIGINAL, hit.subjectField());
  }

  @Test
  void legalFormsAndPunctuationDoNotTellNamesApart() {
    assertEquals(1.0, matching.score("Pars Electronics Co., Ltd.", "PARS ELECTRONICS"));
    assertEquals(1.0, matching.score("株式会社ヤマト精機", "ヤマト精機(株)"));
    assertEquals(1.0, matching.score("中国华腾有限公司", "中国华腾股份有限公司"));
  }

  @Test
  void instituteAndUniversityAreMeaningfulWords() {
    assertEquals(0.0, matching.score("Harbin Institute", "Harbin"));
    assertEquals(0.0, matching.score("中国电子科技集团研究所", "中国电子科技集团"));
  }

  @Test
  void aRomanisedNameIsComparedWithRomanisedFormsNotWithCharacters() {
    NameKey key = NameKey.of("Harbin", EXACT);
    assertEquals("", key.script());
    assertEquals("harbin", key.latin());
    assertTrue(NameKey.of("哈尔滨", EXACT).hasScript());
  }

  @Test
  void aSubjectWithoutNamesHasNoHits() {
    assertEquals(
        List.of(), matching.screen(new ScreeningSubject(" ", null), version(entry("1", "株式会社"))));
  }

  @Test
  void entriesBelowTheThresholdAreNoHits() {
    assertEquals(
        List.of(),
        matching.screen(new ScreeningSubject(null, "Rostec"), version(entry("1", "Roscosmos"))));
  }
}
