package dev.taiwa.cases.patent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ESPA Art. 72: no withdrawal while designated, and the ban touches nothing else. */
class DesignatedWithdrawalBanTest {

  @ParameterizedTest
  @EnumSource(PatentState.class)
  void onlyAWithdrawalOfADesignatedApplicationIsBannedByLaw(PatentState state) {
    for (PatentAction action : PatentAction.values()) {
      boolean banned = state == PatentState.DESIGNATED && action == PatentAction.WITHDRAW;
      assertEquals(
          banned,
          DesignatedWithdrawalBan.refusal(state, action).isPresent(),
          state + " x " + action);
    }
  }

  @ParameterizedTest
  @EnumSource(value = PatentState.class, names = "DESIGNATED")
  void theRefusalNamesTheArticle(PatentState state) {
    var refusal = DesignatedWithdrawalBan.refusal(state, PatentAction.WITHDRAW).orElseThrow();
    assertEquals(ErrorCode.WITHDRAWAL_PROHIBITED_WHILE_DESIGNATED, refusal.code());
    assertTrue(refusal.message().contains(DesignatedWithdrawalBan.LEGAL_REFERENCE));
  }
}
