package dev.taiwa.cases.patent.confirmation.model;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.StorableText;
import dev.taiwa.cases.patent.catalogue.SpecifiedField;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldRevision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a prior-confirmation request, as named functions: what a complete request holds, and
 * when the examiner may say the ban applies.
 */
public final class PriorConfirmationRules {
  static final int MAX_TITLE = 500;
  static final int MAX_TEXT = 20_000;

  private PriorConfirmationRules() {}

  /** The problems of a request against the field revision in force today (empty: complete). */
  public static List<Rejection> requestProblems(
      PriorConfirmationForm form, Optional<SpecifiedFieldRevision> revision) {
    List<Rejection> problems = new ArrayList<>();
    text(problems, "title", form.title(), MAX_TITLE);
    text(problems, "summary", form.summary(), MAX_TEXT);
    text(problems, "intendedForeignFiling", form.intendedForeignFiling(), MAX_TITLE);
    if (form.inventionCompletedInJapan() == null) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "inventionCompletedInJapan", "必須です"));
    }
    List<Integer> known =
        revision
            .map(r -> r.fields().stream().map(SpecifiedField::number).toList())
            .orElse(List.of());
    for (Integer field : form.claimedFields()) {
      if (field == null || !known.contains(field)) {
        problems.add(
            Rejection.onField(
                ErrorCode.INVALID_VALUE, "claimedFields", "特定技術分野の番号ではありません: " + field));
      }
    }
    return problems;
  }

  /**
   * The ban applies only to an invention completed in Japan in a specified field (Art. 78(1)), and
   * whether a field matches is decided with the Cabinet Office (Art. 79(2)): BAN_APPLIES needs the
   * consultation answered first. Every answer needs a reason.
   */
  public static List<Rejection> answerProblems(
      PriorConfirmation current, BanAnswer answer, String reason) {
    List<Rejection> problems = new ArrayList<>();
    if (answer == null) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "answer", "必須です"));
    }
    text(problems, "reason", reason, MAX_TEXT);
    if (answer == BanAnswer.BAN_APPLIES && current.state() != PriorConfirmationState.CONSULTED) {
      problems.add(
          Rejection.onField(ErrorCode.INVALID_STATE, "answer", "禁止該当の回答には内閣府への協議が必要です (第79条第2項)"));
    }
    if (answer == BanAnswer.BAN_APPLIES && !current.inventionCompletedInJapan()) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE, "answer", "国外で完成した発明には外国出願の禁止は及びません (第78条第1項)"));
    }
    return problems;
  }

  /** A required text of at most {@code max} characters, with its problem on {@code field}. */
  public static void text(List<Rejection> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, field, "必須です"));
    } else if (value.strip().length() > max) {
      problems.add(Rejection.onField(ErrorCode.INVALID_VALUE, field, max + "文字以内で入力してください"));
    } else {
      StorableText.problem(field, value).ifPresent(problems::add);
    }
  }
}
