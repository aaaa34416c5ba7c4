package dev.taiwa.service.document;

import dev.taiwa.cases.document.model.AppealInstruction;
import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The 教示 on contestable decisions, under {@code taiwa.documents.appeal.*}: {@code review-text}
 * (審査請求, 行政不服審査法 Art. 18(1)) and {@code revocation-text} (取消訴訟, 行政事件訴訟法 Art. 14(1)); {@code
 * {authority}} is replaced by the issuer's title. Defaults: {@link AppealInstruction#defaults()}.
 */
@ConfigurationProperties("taiwa.documents.appeal")
public final class AppealInstructionConfiguration {
  private String reviewText = AppealInstruction.defaults().reviewText();
  private String revocationText = AppealInstruction.defaults().revocationText();

  public String getReviewText() {
    return reviewText;
  }

  public void setReviewText(String text) {
    this.reviewText = text;
  }

  public String getRevocationText() {
    return revocationText;
  }

  public void setRevocationText(String text) {
    this.revocationText = text;
  }

  public AppealInstruction instruction() {
    return new AppealInstruction(reviewText, revocationText);
  }
}
