package dev.taiwa.cases.patent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {
  @ParameterizedTest
  @ValueSource(strings = {"2025-123456", "2024-000001", " 2030-999999 "})
  void anApplicationNumberIsAYearFrom2024ADashAndSixDigits(String text) {
    assertTrue(ApplicationNumber.parse(text).isPresent());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-123456",
        "2025-12345",
        "25-123456",
        "2025123456",
        "特願2025-123456",
        "",
        "2025-000000"
      })
  void anythingElseIsNoApplicationNumber(String text) {
    assertEquals(Optional.empty(), ApplicationNumber.parse(text));
  }

  @Test
  void anIpcCodeIsNormalisedToOneSpaceAfterTheSubclass() {
    assertEquals("F41H 3/00", IpcCode.parse("f41h3/00").orElseThrow().value());
    assertEquals("G21C 19/46", IpcCode.parse("G21C   19/46").orElseThrow().value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Z41H 3/00", "F4H 3/00", "F41H 3", "F41H/00", "F41H 3/0", "hello"})
  void malformedIpcCodesAreRefused(String text) {
    assertFalse(IpcCode.parse(text).isPresent());
  }

  @Test
  void anIpcCodeFallsUnderItsSubclassMainGroupAndItself() {
    IpcCode code = IpcCode.parse("F41H 3/02").orElseThrow();
    assertTrue(code.fallsUnder("F41H"));
    assertTrue(code.fallsUnder("F41H 3"));
    assertTrue(code.fallsUnder("F41H 3/02"));
    assertFalse(code.fallsUnder("F41H 3/00"));
    assertFalse(code.fallsUnder("F41H 31"));
  }

  @Test
  void anyOneAdditionalFactMeetsTheAdditionalRequirement() {
    assertFalse(AdditionalRequirementFacts.none().met());
    assertTrue(new AdditionalRequirementFacts(true, false, false).met());
    assertTrue(new AdditionalRequirementFacts(false, true, false).met());
    assertTrue(new AdditionalRequirementFacts(false, false, true).met());
  }
}
