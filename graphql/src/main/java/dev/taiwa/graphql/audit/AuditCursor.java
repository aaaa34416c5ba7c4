package dev.taiwa.graphql.audit;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.graphql.support.RefusalException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque Relay cursor of the audit list: base64url of {@code audit:<sequence>}. Clients must
 * treat it as opaque; the format may change.
 */
public final class AuditCursor {
  private static final String PREFIX = "audit:";

  private AuditCursor() {}

  public static String of(long sequence) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + sequence).getBytes(StandardCharsets.UTF_8));
  }

  /** The sequence named by {@code cursor}; null for null; refused (INVALID_VALUE) if malformed. */
  public static Long decode(String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!plain.startsWith(PREFIX)) {
        throw malformed();
      }
      long sequence = Long.parseLong(plain.substring(PREFIX.length()));
      if (sequence < 1) {
        throw malformed();
      }
      return sequence;
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
  }

  private static RefusalException malformed() {
    return new RefusalException(
        ErrorCode.INVALID_VALUE,
        "after is not a cursor given by auditEvents: pass an endCursor or cursor unchanged");
  }
}
