package dev.taiwa.graphql.prereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.PageRequest.Position;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportSort;
import dev.taiwa.cases.prereport.port.SortDirection;
import dev.taiwa.graphql.support.RefusalException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A list's cursor continues only the order it was given in. */
class PreReportCursorTest {
  private static final Position POSITION =
      new Position(Instant.parse("2026-05-01T02:03:04.005Z"), UUID.randomUUID());
  private static final PreReportOrder BY_REFERENCE =
      new PreReportOrder(PreReportSort.REFERENCE, SortDirection.ASC);
  private static final PreReportOrder BY_REFERENCE_DESCENDING =
      new PreReportOrder(PreReportSort.REFERENCE, SortDirection.DESC);

  /** The cursor as documented: base64url of createdAt|id, then |SORT.DIRECTION unless newest. */
  private static String cursor(PreReportOrder order) {
    String suffix =
        order.isNewest() ? "" : "|" + order.sort().name() + "." + order.direction().name();
    String plain = POSITION.createdAt() + "|" + POSITION.id() + suffix;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aCursorOfAnOrderDecodesToItsPositionInThatOrder() {
    assertEquals(POSITION, PreReportCursor.decode(cursor(BY_REFERENCE), BY_REFERENCE));
    assertEquals(
        POSITION, PreReportCursor.decode(cursor(PreReportOrder.NEWEST), PreReportOrder.NEWEST));
  }

  @Test
  void aCursorOfAnotherOrderIsRefused() {
    Map<PreReportOrder, PreReportOrder> givenThenAsked =
        Map.of(
            BY_REFERENCE,
            BY_REFERENCE_DESCENDING,
            PreReportOrder.NEWEST,
            BY_REFERENCE,
            BY_REFERENCE_DESCENDING,
            PreReportOrder.NEWEST);

    givenThenAsked.forEach(
        (given, asked) -> {
          RefusalException refusal =
              assertThrows(
                  RefusalException.class, () -> PreReportCursor.decode(cursor(given), asked));
          assertEquals(ErrorCode.INVALID_VALUE.name(), refusal.code());
        });
  }
}
