package dev.taiwa.cases.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountRulesTest {
  private static List<ErrorCode> codes(List<Rejection> rejections) {
    return rejections.stream().map(Rejection::code).toList();
  }

  @Test
  void aPasswordOfTwelveCharactersIsLongEnoughAndElevenIsNot() {
    assertEquals(List.of(), AccountRules.passwordProblems("p", "123456789012"));
    assertEquals(
        List.of(ErrorCode.INVALID_VALUE), codes(AccountRules.passwordProblems("p", "12345678901")));
  }

  @Test
  void passwordLengthCountsCharactersNotUtf16Units() {
    assertEquals(
        List.of(ErrorCode.INVALID_VALUE),
        codes(AccountRules.passwordProblems("p", "𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷")));
    assertEquals(List.of(), AccountRules.passwordProblems("p", "𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷"));
  }

  @Test
  void anOverlongPasswordIsRefusedBeforeAnyoneHashesIt() {
    assertEquals(
        List.of(ErrorCode.INVALID_VALUE),
        codes(
            AccountRules.passwordProblems("p", "x".repeat(AccountRules.MAX_PASSWORD_LENGTH + 1))));
  }

  @Test
  void aNameOfTwoHundredCharactersIsAcceptedAndLongerIsNot() {
    assertEquals(List.of(), AccountRules.nameProblems("n", "名".repeat(200)));
    assertEquals(
        List.of(ErrorCode.INVALID_VALUE), codes(AccountRules.nameProblems("n", "名".repeat(201))));
  }
}
