package dev.taiwa.graphql.notification;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.PageRequest.Position;
import dev.taiwa.cases.notification.Notification;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RefusalException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** The opaque cursor of a notification feed: base64url of {@code createdAt|id}. */
final class NotificationCursor {
  private static final String SEPARATOR = "|";

  private NotificationCursor() {}

  static String of(Notification notification) {
    String plain = notification.createdAt() + SEPARATOR + notification.id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The position named by {@code cursor}; empty for null; refused (INVALID_VALUE) if malformed. */
  static Optional<Position> decode(String cursor) {
    if (cursor == null) {
      return Optional.empty();
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int split = plain.indexOf(SEPARATOR);
      if (split < 0) {
        throw malformed();
      }
      Instant createdAt = Instant.parse(plain.substring(0, split));
      UUID id = Ids.uuid(plain.substring(split + 1)).orElseThrow(NotificationCursor::malformed);
      return Optional.of(new Position(createdAt, id));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw malformed();
    }
  }

  private static RefusalException malformed() {
    return new RefusalException(
        ErrorCode.INVALID_VALUE,
        "after is not a cursor given by notifications: pass an endCursor or cursor unchanged");
  }
}
