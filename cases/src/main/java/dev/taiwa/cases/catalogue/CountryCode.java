package dev.taiwa.cases.catalogue;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case. */
public record CountryCode(String value) {
  private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

  public CountryCode {
    Objects.requireNonNull(value, "country code");
    if (!ISO_CODES.contains(value)) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + value);
    }
  }

  public static boolean isValid(String text) {
    return text != null && ISO_CODES.contains(text);
  }

  @Override
  public String toString() {
    return value;
  }
}
