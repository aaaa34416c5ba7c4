package dev.taiwa.cases.outcome.model;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.StorableText;
import java.util.ArrayList;
import java.util.List;

/** The inputs of a terminal decision: a summary or reason, and the listed items where required. */
public final class OutcomeValidation {
  /** The longest summary, reason or item accepted, in characters. */
  public static final int MAX_TEXT_LENGTH = 2000;

  /** The most items (measures, conditions, reasons) one decision lists. */
  public static final int MAX_ITEMS = 50;

  /** A required text (the closing note, the reason). */
  public List<Rejection> text(String field, String value) {
    if (value == null || value.isBlank()) {
      return List.of(Rejection.onField(ErrorCode.REQUIRED, field, "Required"));
    }
    if (value.strip().codePointCount(0, value.strip().length()) > MAX_TEXT_LENGTH) {
      return List.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE, field, "At most " + MAX_TEXT_LENGTH + " characters"));
    }
    return StorableText.problem(field, value).map(List::of).orElse(List.of());
  }

  /** At least one item, none blank or too long, at most {@link #MAX_ITEMS}. */
  public List<Rejection> items(String field, List<String> items) {
    if (items == null || items.isEmpty()) {
      return List.of(Rejection.onField(ErrorCode.REQUIRED, field, "List at least one"));
    }
    if (items.size() > MAX_ITEMS) {
      return List.of(
          Rejection.onField(ErrorCode.INVALID_VALUE, field, "At most " + MAX_ITEMS + " items"));
    }
    List<Rejection> problems = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      problems.addAll(text(field + "[" + i + "]", items.get(i)));
    }
    return problems;
  }

  /** The items as stored: stripped. */
  public static List<String> stripped(List<String> items) {
    return items == null ? List.of() : items.stream().map(String::strip).toList();
  }
}
