package dev.taiwa.cases.screening.model;

import java.util.Objects;
import java.util.UUID;

/** The id of one imported version of a list. */
public record ListVersionId(String value) {
  public ListVersionId {
    Objects.requireNonNull(value, "value");
  }

  public static ListVersionId random() {
    return new ListVersionId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
