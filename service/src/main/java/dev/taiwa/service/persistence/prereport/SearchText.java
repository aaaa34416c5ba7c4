package dev.taiwa.service.persistence.prereport;

import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The text a pre-report is found by ({@code pre_report_search.body}) and the words of a search,
 * both normalised the same way: NFKC (half-width katakana to full-width, full-width Latin letters
 * and digits to ASCII, the ideographic space to a space), lower case, and katakana folded to
 * hiragana, so that ｻｸﾗ, サクラ and さくら are one word. Kanji are kept as they are: a kana word does not
 * find a name written in kanji (there is no reading dictionary).
 */
final class SearchText {
  private SearchText() {}

  /** The stored search text of {@code report}: one normalised line per searchable field. */
  static String of(PreReport report) {
    PreReportForm form = report.form();
    return Stream.of(
            report.reference().value(),
            form.counterparty() == null ? null : form.counterparty().nameOriginal(),
            form.counterparty() == null ? null : form.counterparty().nameRomanised(),
            form.technologyDescription(),
            form.managementMeasures())
        .filter(Objects::nonNull)
        .map(SearchText::normalise)
        .collect(Collectors.joining("\n"));
  }

  /** The normalised words of a search, split on white space; empty when there are none. */
  static List<String> words(String search) {
    if (search == null) {
      return List.of();
    }
    return Arrays.stream(normalise(search).split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder kana = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      // Katakana ァ (U+30A1) to ヶ (U+30F6) sit 0x60 above their hiragana ぁ to ゖ.
      kana.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c);
    }
    return kana.toString();
  }
}
