package dev.taiwa.cases.access;

import java.util.Objects;
import java.util.UUID;

/** Identity of an access grant. Application-generated. */
public record GrantId(UUID value) {
  public GrantId {
    Objects.requireNonNull(value, "grant id");
  }

  public static GrantId random() {
    return new GrantId(UUID.randomUUID());
  }

  public static GrantId parse(String text) {
    return new GrantId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
