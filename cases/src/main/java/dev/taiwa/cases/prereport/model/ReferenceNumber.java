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
    return new ReferenceNumber(String.format("%s-%04d-%06d", prefix, year, sequence));
  }

  @Override
  public String toString() {
    return value;
  }
}
