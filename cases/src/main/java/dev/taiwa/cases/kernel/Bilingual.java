package dev.taiwa.cases.kernel;

import java.util.Objects;

/** A short text in English (for screens and logs) and Japanese (for users and documents). */
public record Bilingual(String en, String ja) {
  public Bilingual {
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(ja, "ja");
  }
}
