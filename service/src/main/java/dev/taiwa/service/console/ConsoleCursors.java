package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.PageRequest.Position;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.prereport.model.PreReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The paging positions the console puts in its links, written exactly as the API's cursors ({@code
 * PreReportConnection.endCursor}, {@code AuditEventConnection.endCursor}), so a page link and an
 * API call name the same position; the tests compare them with the API's. (The GraphQL module's
 * cursor classes stay behind the GraphQL wiring.)
 */
final class ConsoleCursors {
  private static final String AUDIT = "audit:";

  private ConsoleCursors() {}

  /** A pre-report list's cursor after {@code report}: base64url of {@code createdAt|id}. */
  static String preReport(PreReport report) {
    return keyset(new Position(report.createdAt(), report.id().value()));
  }

  private static String keyset(Position position) {
    return encode(position.createdAt() + "|" + position.id());
  }

  /**
   * The position a list's cursor names (the pre-report, patent application and prior-confirmation
   * lists share the encoding); empty for none or a malformed one.
   */
  static Optional<Position> position(String cursor) {
    return decode(cursor)
        .flatMap(
            plain -> {
              int split = plain.indexOf('|');
              if (split < 0) {
                return Optional.empty();
              }
              try {
                return Optional.of(
                    new Position(
                        Instant.parse(plain.substring(0, split)),
                        UUID.fromString(plain.substring(split + 1))));
              } catch (DateTimeParseException | IllegalArgumentException e) {
                return Optional.empty();
              }
            });
  }

  /**
   * A patent application list's cursor ({@code PatentApplicationConnection.endCursor}): the same
   * keyset encoding as a pre-report list's, over (registered at, id).
   */
  static String patent(PatentApplication application) {
    return keyset(new Position(application.registeredAt(), application.id().value()));
  }

  /**
   * A prior-confirmation list's cursor ({@code PriorConfirmationConnection.endCursor}): the same
   * keyset encoding, over (requested at, id).
   */
  static String confirmation(PriorConfirmation request) {
    return keyset(new Position(request.requestedAt(), request.id().value()));
  }

  /** The audit log's cursor: base64url of {@code audit:<sequence>}. */
  static String audit(long sequence) {
    return encode(AUDIT + sequence);
  }

  /** The sequence an audit cursor names; empty for none or a malformed one. */
  static Optional<Long> audit(String cursor) {
    return decode(cursor)
        .filter(plain -> plain.startsWith(AUDIT))
        .flatMap(
            plain -> {
              try {
                long sequence = Long.parseLong(plain.substring(AUDIT.length()));
                return sequence < 1 ? Optional.empty() : Optional.of(sequence);
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  private static String encode(String plain) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
