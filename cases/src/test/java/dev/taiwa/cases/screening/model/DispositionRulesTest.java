package dev.taiwa.cases.screening.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispositionRulesTest {
  private static List<ErrorCode> codes(Verdict verdict, String reason) {
    return DispositionRules.problems(verdict, reason).stream().map(Rejection::code).toList();
  }

  @Test
  void aVerdictWithAReasonIsAccepted() {
    assertEquals(List.of(), codes(Verdict.FALSE_POSITIVE, "所在地・業種が異なる別法人"));
  }

  @Test
  void aVerdictNeedsAReasonOfFiveToTwoThousandCharacters() {
    assertEquals(List.of(ErrorCode.REQUIRED), codes(Verdict.TRUE_MATCH, "  "));
    assertEquals(List.of(ErrorCode.INVALID_VALUE), codes(Verdict.TRUE_MATCH, "same"));
    assertEquals(List.of(ErrorCode.INVALID_VALUE), codes(Verdict.TRUE_MATCH, "x".repeat(2001)));
  }

  @Test
  void aDispositionNeedsAVerdict() {
    assertEquals(List.of(ErrorCode.REQUIRED), codes(null, "a good reason"));
  }
}
