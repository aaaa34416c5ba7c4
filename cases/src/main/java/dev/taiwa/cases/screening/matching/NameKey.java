package dev.taiwa.cases.screening.matching;

import dev.taiwa.cases.screening.port.NameFolding;
import java.util.regex.Pattern;

/**
 * A name ready for comparison: its folded script form without legal forms and punctuation (empty
 * when the name is written in Latin letters only) and its romanised form, both without spaces.
 */
public record NameKey(String script, String latin) {
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\s]+");
  private static final Pattern NON_LATIN_LETTER = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]");

  /** Folds {@code name} with {@code folding} and removes what does not tell names apart. */
  public static NameKey of(String name, NameFolding folding) {
    String folded = LegalForms.stripScript(folding.fold(name));
    String spaced = PUNCTUATION.matcher(folded).replaceAll(" ").trim();
    String latin = LegalForms.stripLatin(spaced(folding.romanise(spaced)));
    String script = NON_LATIN_LETTER.matcher(spaced).find() ? compact(spaced) : "";
    return new NameKey(script, compact(latin));
  }

  /** Whether the name is written in a script other than Latin (Han, kana, Hangul, Cyrillic). */
  public boolean hasScript() {
    return !script.isEmpty();
  }

  public boolean isEmpty() {
    return script.isEmpty() && latin.isEmpty();
  }

  private static String spaced(String text) {
    return PUNCTUATION.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").trim();
  }

  private static String compact(String text) {
    return text.replace(" ", "");
  }
}
