package dev.taiwa.cases.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identity of a user account. */
public record UserId(UUID value) {
  public UserId {
    Objects.requireNonNull(value, "user id");
  }

  public static UserId random() {
    return new UserId(UUID.randomUUID());
  }

  public static UserId parse(String text) {
    return new UserId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
