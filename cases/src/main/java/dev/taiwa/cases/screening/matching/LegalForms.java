package dev.taiwa.cases.screening.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words that say what legal form a company has, not who it is: removed before names are compared.
 * Written as they read after folding (lower case, Simplified characters). Words that tell bodies
 * apart are kept on purpose: 研究所 / Institute, 大学 / University, 集团 / Group.
 */
public final class LegalForms {

  /** Han and kana legal forms, removed wherever they stand in the name. */
  static final List<String> SCRIPT =
      List.of(
          "股份有限公司", "有限责任公司", "有限公司", "股份公司", "株式会社", "有限会社", "合同会社", "合资会社", "合名会社", "(株)", "(有)");

  /** Latin legal-form words, removed as whole words. */
  static final Set<String> LATIN_WORDS =
      Set.of(
          "co",
          "ltd",
          "llc",
          "llp",
          "gmbh",
          "inc",
          "corp",
          "corporation",
          "limited",
          "company",
          "kk",
          "plc",
          "jsc",
          "pjsc",
          "ojsc",
          "cjsc",
          "ooo",
          "oao",
          "zao",
          "pte",
          "sa",
          "ag",
          "bv",
          "srl",
          "kabushiki",
          "kaisha",
          "gongsi",
          "youxian",
          "zeren");

  private LegalForms() {}

  /** {@code folded} without its Han and kana legal forms. */
  public static String stripScript(String folded) {
    String result = folded;
    for (String form : SCRIPT) {
      result = result.replace(form, " ");
    }
    return result;
  }

  /** The words of {@code latin} (lower case, punctuation already spaces) that are no legal form. */
  public static String stripLatin(String latin) {
    return Arrays.stream(latin.trim().split("\\s+"))
        .filter(w -> !w.isEmpty() && !LATIN_WORDS.contains(w))
        .collect(Collectors.joining(" "));
  }
}
