package dev.taiwa.cases.prereport.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** A human-friendly unique case reference such as {@code PR-2026-000123}. */
public record ReferenceNumber(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}-\\d{4}-\\d{6}");

  public ReferenceNumber {
    Objects.requireNonNull(value, "reference number");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a reference number: " + value);
    }
  }

  public static ReferenceNumber of(String prefix, int year, long sequence) {
    // Not String.format: an import makes one reference a row, and formatting was 4 % of its Java.
    return new ReferenceNumber(prefix + '-' + padded(year, 4) + '-' + padded(sequence, 6));
  }

  /** {@code number} with leading zeros up to {@code digits} digits (as {@code %0Nd}). */
  private static String padded(long number, int digits) {
    String text = Long.toString(number);
    return text.length() >= digits || number < 0 ? text : "0".repeat(digits - text.length()) + text;
  }

  @Override
  public String toString() {
    return value;
  }
}
