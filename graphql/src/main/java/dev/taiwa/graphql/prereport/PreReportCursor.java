package dev.taiwa.graphql.prereport;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.PageRequest.Position;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RefusalException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque Relay cursor of a pre-report list: base64url of its keyset position {@code
 * createdAt|id}. Clients must treat it as opaque; the format may change.
 */
public final class PreReportCursor {
  private static final String SEPARATOR = "|";

  private PreReportCursor() {}

  public static String of(PreReport report) {
    return encode(new Position(report.createdAt(), report.id().value()));
  }

  public static String encode(Position position) {
    String plain = position.createdAt() + SEPARATOR + position.id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The position named by {@code cursor}; null for null; refused (INVALID_VALUE) if malformed. */
  public static Position decode(String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int split = plain.indexOf(SEPARATOR);
      if (split < 0) {
        throw malformed();
      }
      Instant createdAt = Instant.parse(plain.substring(0, split));
      UUID id = Ids.uuid(plain.substring(split + 1)).orElseThrow(PreReportCursor::malformed);
      return new Position(createdAt, id);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw malformed();
    }
  }

  private static RefusalException malformed() {
    return new RefusalException(
        ErrorCode.INVALID_VALUE,
        "after is not a cursor given by preReports: pass an endCursor or cursor unchanged");
  }
}
