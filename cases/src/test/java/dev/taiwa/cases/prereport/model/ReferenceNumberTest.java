package dev.taiwa.cases.prereport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** References as users read them: prefix, four-digit year, six-digit number with leading zeros. */
class ReferenceNumberTest {
  @Test
  void theNumberIsPaddedToSixDigits() {
    assertEquals("PR-2026-000001", ReferenceNumber.of("PR", 2026, 1).value());
    assertEquals("PR-2026-000042", ReferenceNumber.of("PR", 2026, 42).value());
    assertEquals("PA-2027-123456", ReferenceNumber.of("PA", 2027, 123_456).value());
  }

  @Test
  void aNumberBeyondSixDigitsIsNoReference() {
    assertThrows(IllegalArgumentException.class, () -> ReferenceNumber.of("PR", 2026, 1_000_000));
    assertThrows(IllegalArgumentException.class, () -> ReferenceNumber.of("PR", 2026, -1));
  }
}
