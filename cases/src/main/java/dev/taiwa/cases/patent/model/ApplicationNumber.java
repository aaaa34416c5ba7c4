package dev.taiwa.cases.patent.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese patent application number (特願) as {@code YYYY-NNNNNN}: a four-digit year from 2024
 * (the year the non-disclosure system started), a dash and a six-digit serial from 000001 (000000
 * is no serial). Whether the year fits the filing date is {@link ApplicationNumberYear}'s question.
 */
public record ApplicationNumber(String value) {
  /** The first year an application number of a screened application can carry. */
  public static final int FIRST_YEAR = 2024;

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{6})");

  public ApplicationNumber {
    Objects.requireNonNull(value, "application number");
    if (!isValid(value)) {
      throw new IllegalArgumentException("not an application number: " + value);
    }
  }

  /** The number, or empty when {@code text} is not of the form {@code 2025-123456}. */
  public static Optional<ApplicationNumber> parse(String text) {
    return text != null && isValid(text.strip())
        ? Optional.of(new ApplicationNumber(text.strip()))
        : Optional.empty();
  }

  private static boolean isValid(String text) {
    Matcher matcher = FORMAT.matcher(text);
    return matcher.matches()
        && Integer.parseInt(matcher.group(1)) >= FIRST_YEAR
        && Integer.parseInt(matcher.group(2)) > 0;
  }

  /** The year the number was given in. */
  public int year() {
    return Integer.parseInt(value.substring(0, 4));
  }

  @Override
  public String toString() {
    return value;
  }
}
