package dev.taiwa.cases.screening.model;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.util.ArrayList;
import java.util.List;

/** A disposition needs a verdict and a reason of 5–2000 characters. */
public final class DispositionRules {
  static final int MIN_REASON = 5;
  static final int MAX_REASON = 2000;

  private DispositionRules() {}

  public static List<Rejection> problems(Verdict verdict, String reason) {
    List<Rejection> problems = new ArrayList<>();
    if (verdict == null) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "verdict", "Give a verdict."));
    }
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "reason", "Give the reason."));
    } else if (text.length() < MIN_REASON || text.length() > MAX_REASON) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              "reason",
              "A reason has " + MIN_REASON + "–" + MAX_REASON + " characters."));
    }
    return problems;
  }
}
