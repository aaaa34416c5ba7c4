package dev.taiwa.cases.document.model;

import java.util.List;
import java.util.Objects;

/**
 * The 教示 a contestable decision carries (行政不服審査法 Art. 82, 行政事件訴訟法 Art. 46): how to ask for review
 * (審査請求, 行政不服審査法 Art. 18(1): within 3 months of the day after learning of the decision) and how to
 * sue for its revocation (取消訴訟, 行政事件訴訟法 Art. 14(1): within 6 months of learning of it). {@code
 * {authority}} in the texts is replaced by the issuer's title (the minister or commissioner has no
 * superior authority, so the review is asked of the issuer itself, 行政不服審査法 Art. 4(1)). The texts
 * are configurable; the references stay.
 */
public record AppealInstruction(String reviewText, String revocationText) {
  /** Where the review period is laid down. */
  public static final String REVIEW_REFERENCE = "行政不服審査法 第18条第1項";

  /** Where the revocation-suit period is laid down. */
  public static final String REVOCATION_REFERENCE = "行政事件訴訟法 第14条第1項";

  /** The section heading on the notice. */
  public static final String HEADING = "教示";

  public AppealInstruction {
    Objects.requireNonNull(reviewText, "review text");
    Objects.requireNonNull(revocationText, "revocation text");
  }

  public static AppealInstruction defaults() {
    return new AppealInstruction(
        "この処分に不服がある場合は、この処分があったことを知った日の翌日から起算して3か月以内に、{authority}に対して審査請求をすることができます（"
            + REVIEW_REFERENCE.replace(" ", "")
            + "）。",
        "この処分の取消しの訴えは、この処分があったことを知った日から6か月以内に、国を被告として（訴訟において国を代表する者は法務大臣となります。）提起することができます（"
            + REVOCATION_REFERENCE.replace(" ", "")
            + "）。なお、審査請求をした場合には、当該審査請求に対する裁決があったことを知った日から6か月以内に提起することができます。");
  }

  /**
   * Whether a notice is a decision the company can contest: a designation or its extension, and a
   * licence decision that refuses or attaches conditions (a plain grant is not contested).
   */
  public static boolean appliesTo(DocumentContent content) {
    return switch (content.kind()) {
      case DESIGNATION_NOTICE, DESIGNATION_EXTENSION_NOTICE -> true;
      case LICENCE_DECISION_NOTICE ->
          content.sections().stream()
              .anyMatch(s -> List.of("許可の条件", "不許可の理由").contains(s.heading()));
      default -> false;
    };
  }

  /** The 教示 paragraphs for a decision issued by {@code issuer}. */
  public DocumentContent.Section section(Issuer issuer) {
    return DocumentContent.Section.paragraphs(
        HEADING,
        "1　" + reviewText.replace("{authority}", issuer.title()),
        "2　" + revocationText.replace("{authority}", issuer.title()));
  }
}
