package dev.taiwa.cases.kernel;

import com.github.f4b6a3.uuid.UuidCreator;
import java.util.Objects;
import java.util.UUID;

/** Identity of a case (pre-report, patent application, ...). Application-generated. */
public record CaseId(UUID value) {
  public CaseId {
    Objects.requireNonNull(value, "case id");
  }

  /**
   * A new id: a time-ordered UUID (version 7, RFC 9562: milliseconds, then random bits), so that
   * cases created one after another sit next to each other in every index keyed by case id instead
   * of at random places (an import's rows append to those b-trees). Still unguessable.
   */
  public static CaseId random() {
    return new CaseId(UuidCreator.getTimeOrderedEpoch());
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
