package dev.taiwa.cases.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identity of a case (pre-report, patent application, ...). Application-generated. */
public record CaseId(UUID value) {
  public CaseId {
    Objects.requireNonNull(value, "case id");
  }

  public static CaseId random() {
    return new CaseId(UUID.randomUUID());
  }

  /** Parses a textual id; throws {@link IllegalArgumentException} when it is not a UUID. */
  public static CaseId parse(String text) {
    return new CaseId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
