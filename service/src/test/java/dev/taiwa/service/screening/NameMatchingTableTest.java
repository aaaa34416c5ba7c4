package dev.taiwa.service.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.screening.matching.NameMatching;
import dev.taiwa.cases.screening.model.ScreeningThreshold;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The name-pair table ({@code screening/name-pairs.tsv}): Japanese, Simplified and Traditional
 * Chinese, romanised names, legal forms, width and punctuation variants, and near-misses that must
 * not match. Each pair must come out as the table expects at the default threshold; the test prints
 * every score and the precision and recall the README quotes.
 */
class NameMatchingTableTest {
  private final NameMatching matching =
      new NameMatching(new IcuNameFolding(), ScreeningThreshold.DEFAULT);

  record Pair(String kind, String subject, String listed, boolean hit) {}

  static List<Pair> pairs() throws IOException {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    NameMatchingTableTest.class.getResourceAsStream("/screening/name-pairs.tsv")),
                StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .map(c -> new Pair(c[0], c[1], c[2], c[3].equals("HIT")))
          .toList();
    }
  }

  @Test
  void everyPairOfTheTableComesOutAsExpectedAtTheDefaultThreshold() throws IOException {
    List<Pair> pairs = pairs();
    assertTrue(pairs.size() >= 60, "the table has at least 60 pairs");
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    StringBuilder wrong = new StringBuilder();
    for (Pair pair : pairs) {
      double score = matching.score(pair.subject(), pair.listed());
      boolean hit = score >= ScreeningThreshold.DEFAULT.value();
      System.out.printf(
          "%-22s %5.3f %-4s %s | %s%n",
          pair.kind(), score, hit ? "HIT" : "-", pair.subject(), pair.listed());
      if (hit && pair.hit()) {
        truePositives++;
      } else if (hit) {
        falsePositives++;
      } else if (pair.hit()) {
        falseNegatives++;
      }
      if (hit != pair.hit()) {
        wrong.append(String.format("%n  %.3f %s | %s", score, pair.subject(), pair.listed()));
      }
    }
    double precision = (double) truePositives / (truePositives + falsePositives);
    double recall = (double) truePositives / (truePositives + falseNegatives);
    System.out.printf(
        "threshold %.2f on %d pairs (%d expected hits): precision %.3f, recall %.3f%n",
        ScreeningThreshold.DEFAULT.value(),
        pairs.size(),
        pairs.stream().filter(Pair::hit).count(),
        precision,
        recall);
    assertEquals("", wrong.toString(), "pairs that came out otherwise than expected");
  }

  @Test
  void theTableCoversEveryKindOfVariant() throws IOException {
    assertEquals(
        List.of(
            "legal-form",
            "near-miss",
            "romanised",
            "shinjitai",
            "simplified-traditional",
            "width-punctuation"),
        pairs().stream().map(Pair::kind).distinct().sorted().collect(Collectors.toList()));
  }
}
