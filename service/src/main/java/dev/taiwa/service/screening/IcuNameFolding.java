package dev.taiwa.service.screening;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import dev.taiwa.cases.screening.port.NameFolding;
import jakarta.inject.Singleton;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Name folding with ICU4J and Apache Commons Text: NFKC with case folding (which also folds
 * full-width letters), Traditional Chinese to Simplified (ICU's "Traditional-Simplified"), the few
 * Japanese shinjitai ICU leaves alone ({@link ShinjitaiVariants}), romanisation with "Any-Latin;
 * Latin-ASCII" (Pinyin for Han, Hepburn for kana); Jaro-Winkler similarity for romanised names and
 * Levenshtein distance per character for names in Han or kana.
 */
@Singleton
public final class IcuNameFolding implements NameFolding {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  // ICU transliterators are not thread-safe for concurrent use of one instance: one per thread.
  private final ThreadLocal<Transliterator> simplified =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
  private final ThreadLocal<Transliterator> latin =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
  private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
  private final LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();

  @Override
  public String fold(String name) {
    String folded = NFKC_CASEFOLD.normalize(name);
    folded = simplified.get().transliterate(folded);
    return ShinjitaiVariants.toSimplified(folded);
  }

  @Override
  public String romanise(String folded) {
    String romanised = latin.get().transliterate(folded);
    return UCharacter.foldCase(NFKC.normalize(romanised), true);
  }

  @Override
  public double scriptSimilarity(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int longer = Math.max(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
    return 1.0 - (double) levenshtein.apply(a, b) / longer;
  }

  @Override
  public double latinSimilarity(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return a.equals(b) ? 1.0 : jaroWinkler.apply(a, b);
  }
}
