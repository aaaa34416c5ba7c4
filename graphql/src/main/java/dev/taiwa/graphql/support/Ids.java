package dev.taiwa.graphql.support;

import java.util.Optional;
import java.util.UUID;

/** Parses client-supplied {@code ID} values, which are UUIDs in Taiwa. */
public final class Ids {
  private Ids() {}

  /** The UUID, or empty when {@code text} is null or not a UUID in canonical form. */
  public static Optional<UUID> uuid(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      UUID uuid = UUID.fromString(text);
      return uuid.toString().equalsIgnoreCase(text) ? Optional.of(uuid) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
