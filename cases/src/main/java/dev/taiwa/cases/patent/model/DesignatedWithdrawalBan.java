package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.util.Optional;

/**
 * ESPA Art. 72 (経済安全保障推進法第72条): while designated, the application may not be withdrawn or
 * abandoned. A withdrawal of a designated application is refused as prohibited by law, not merely
 * out of turn, whoever asks.
 */
public final class DesignatedWithdrawalBan {
  public static final String LEGAL_REFERENCE = "経済安全保障推進法第72条";

  private DesignatedWithdrawalBan() {}

  /** The refusal of {@code action} on an application in {@code state}, if the ban applies. */
  public static Optional<Rejection> refusal(PatentState state, PatentAction action) {
    if (action == PatentAction.WITHDRAW && state == PatentState.DESIGNATED) {
      return Optional.of(
          Rejection.of(
              ErrorCode.WITHDRAWAL_PROHIBITED_WHILE_DESIGNATED,
              "保全指定中の特許出願は取り下げることができません（" + LEGAL_REFERENCE + "）"));
    }
    return Optional.empty();
  }
}
