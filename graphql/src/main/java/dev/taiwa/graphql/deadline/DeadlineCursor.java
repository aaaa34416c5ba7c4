package dev.taiwa.graphql.deadline;

import dev.taiwa.cases.deadline.application.DeadlinePosition;
import dev.taiwa.cases.deadline.application.DeadlineView;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RefusalException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** The opaque cursor of a deadline list: base64url of {@code due|id}. */
final class DeadlineCursor {
  private static final String SEPARATOR = "|";

  private DeadlineCursor() {}

  static String of(DeadlineView view) {
    String plain = view.deadline().due() + SEPARATOR + view.tracked().id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The position named by {@code cursor}; empty for null; refused (INVALID_VALUE) if malformed. */
  static Optional<DeadlinePosition> decode(String cursor) {
    if (cursor == null) {
      return Optional.empty();
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int split = plain.indexOf(SEPARATOR);
      if (split < 0) {
        throw malformed();
      }
      LocalDate due = LocalDate.parse(plain.substring(0, split));
      UUID id = Ids.uuid(plain.substring(split + 1)).orElseThrow(DeadlineCursor::malformed);
      return Optional.of(new DeadlinePosition(due, id));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw malformed();
    }
  }

  private static RefusalException malformed() {
    return new RefusalException(
        ErrorCode.INVALID_VALUE,
        "after is not a cursor given by deadlines: pass an endCursor or cursor unchanged");
  }
}
