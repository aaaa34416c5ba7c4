package dev.taiwa.graphql.prereport;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.PageRequest.Position;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RefusalException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque Relay cursor of a pre-report list: base64url of its keyset position {@code
 * createdAt|id}, followed by {@code |SORT.DIRECTION} in any order but newest first, so that a
 * cursor continues only the order it was given in. Clients must treat it as opaque; the format may
 * change.
 */
public final class PreReportCursor {
  private static final String SEPARATOR = "|";

  private PreReportCursor() {}

  public static String of(PreReport report) {
    return encode(new Position(report.createdAt(), report.id().value()));
  }

  /** The cursor of {@code report} in a list in {@code order}. */
  public static String of(PreReport report, PreReportOrder order) {
    if (order.isNewest()) {
      return of(report);
    }
    String plain =
        report.createdAt() + SEPARATOR + report.id().value() + SEPARATOR + orderName(order);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position named by a cursor given for a list in {@code order}; null for null; refused
   * (INVALID_VALUE) if malformed or given in another order.
   */
  public static Position decode(String cursor, PreReportOrder order) {
    if (cursor == null || order.isNewest()) {
      return decode(cursor);
    }
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
    int split = plain.lastIndexOf(SEPARATOR);
    if (split < 0 || !plain.substring(split + 1).equals(orderName(order))) {
      throw new RefusalException(
          ErrorCode.INVALID_VALUE,
          "after is a cursor of another sort order: pass a cursor given with this sort");
    }
    String position = plain.substring(0, split);
    return decode(
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(position.getBytes(StandardCharsets.UTF_8)));
  }

  private static String orderName(PreReportOrder order) {
    return order.sort().name() + "." + order.direction().name();
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
