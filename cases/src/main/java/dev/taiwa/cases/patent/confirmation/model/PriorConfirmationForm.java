package dev.taiwa.cases.patent.confirmation.model;

import java.util.List;

/**
 * What a company's filer asks with: the invention's title and summary (secret content), the
 * specified fields the filer thinks match, whether the invention was completed in Japan, and the
 * intended foreign filing (e.g. "PCT via USPTO, 2026-09").
 */
public record PriorConfirmationForm(
    String title,
    String summary,
    List<Integer> claimedFields,
    Boolean inventionCompletedInJapan,
    String intendedForeignFiling) {
  public PriorConfirmationForm {
    claimedFields = claimedFields == null ? List.of() : List.copyOf(claimedFields);
  }
}
