package dev.taiwa.cases.patent.nonsending.model;

import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.model.PatentState;
import java.util.Map;
import java.util.Set;

/**
 * Who does what with a notice of non-sending, in which application states, as data (the use case
 * and the access matrix both read it): an applicant organisation's filer asks while the application
 * is under screening; the examiner issues the notice while it is still under screening once the
 * screening months have passed without sending (on NOT_SENT it is issued with the decision).
 */
public final class NonSendingNoticeRules {
  /** The two steps. */
  public enum Step {
    REQUEST,
    ISSUE
  }

  /** One step's role and the application states it is allowed in. */
  public record Rule(Role role, Set<PatentState> states) {}

  public static final Map<Step, Rule> RULES =
      Map.of(
          Step.REQUEST, new Rule(Role.FILER, Set.of(PatentState.UNDER_SCREENING)),
          Step.ISSUE, new Rule(Role.PATENT_EXAMINER, Set.of(PatentState.UNDER_SCREENING)));

  private NonSendingNoticeRules() {}
}
