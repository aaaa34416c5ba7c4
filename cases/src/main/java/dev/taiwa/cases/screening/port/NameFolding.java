package dev.taiwa.cases.screening.port;

/**
 * What name matching needs from a Unicode library: folding a name to one canonical script form
 * (compatibility normalisation, case and width folded, Traditional Chinese and Japanese shinjitai
 * folded to Simplified), romanising it, and comparing two folded names.
 */
public interface NameFolding {

  /** NFKC, case and width folded, Traditional and shinjitai characters as Simplified ones. */
  String fold(String name);

  /** The folded name in plain lower-case ASCII Latin (Pinyin for Han, Hepburn for kana). */
  String romanise(String folded);

  /**
   * How alike two folded names in a non-Latin script are, from 0 to 1 (equal): each Han character
   * is a word of its own, so one changed character must weigh like a changed word.
   */
  double scriptSimilarity(String a, String b);

  /** How alike two romanised names are, from 0 to 1 (equal), forgiving spelling variants. */
  double latinSimilarity(String a, String b);
}
