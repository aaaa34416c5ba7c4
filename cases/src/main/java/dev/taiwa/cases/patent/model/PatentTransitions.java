package dev.taiwa.cases.patent.model;

import static dev.taiwa.cases.kernel.Role.FILER;
import static dev.taiwa.cases.kernel.Role.PATENT_EXAMINER;
import static dev.taiwa.cases.kernel.Role.SECURITY_REVIEWER;
import static dev.taiwa.cases.patent.model.PatentAction.*;
import static dev.taiwa.cases.patent.model.PatentState.*;

import dev.taiwa.cases.kernel.TransitionTable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The whole Track B life cycle as one table. Designation comes only after a prior notice (Art. 67)
 * the applicant answered by maintaining the application; an unanswered notice leads to dismissal
 * (却下, once the reply period has passed: a rule of the use case). Which applications a role counts
 * on (a filer: its own organisation's) is the access policy's business. A designated application
 * cannot be withdrawn (Art. 72): the use case answers that with its own error code.
 */
public final class PatentTransitions {
  public static final TransitionTable<PatentState, PatentAction> TABLE =
      TransitionTable.builder(PatentState.class, PatentAction.class)
          .allow(UNDER_SCREENING, SEND_TO_REVIEW, SENT_TO_REVIEW, PATENT_EXAMINER)
          .allow(UNDER_SCREENING, DECIDE_NOT_SENT, NOT_SENT, PATENT_EXAMINER)
          .allow(
              EnumSet.of(UNDER_SCREENING, NOT_SENT),
              REQUEST_SECURITY_REVIEW,
              SENT_TO_REVIEW,
              Set.of(FILER))
          .allow(SENT_TO_REVIEW, START_SECURITY_REVIEW, UNDER_SECURITY_REVIEW, SECURITY_REVIEWER)
          .allow(UNDER_SECURITY_REVIEW, ISSUE_PRIOR_NOTICE, PRIOR_NOTICE_ISSUED, SECURITY_REVIEWER)
          .allow(PRIOR_NOTICE_ISSUED, MAINTAIN_APPLICATION, APPLICATION_MAINTAINED, FILER)
          .allow(APPLICATION_MAINTAINED, DESIGNATE, DESIGNATED, SECURITY_REVIEWER)
          .allow(
              EnumSet.of(UNDER_SECURITY_REVIEW, PRIOR_NOTICE_ISSUED, APPLICATION_MAINTAINED),
              DECIDE_NOT_DESIGNATED,
              NOT_DESIGNATED,
              Set.of(SECURITY_REVIEWER))
          .allow(DESIGNATED, EXTEND_DESIGNATION, DESIGNATED, SECURITY_REVIEWER)
          .allow(DESIGNATED, LIFT_DESIGNATION, LIFTED, SECURITY_REVIEWER)
          .allow(DESIGNATED, EXPIRE_DESIGNATION, EXPIRED, SECURITY_REVIEWER)
          .allow(
              EnumSet.of(
                  UNDER_SCREENING,
                  SENT_TO_REVIEW,
                  UNDER_SECURITY_REVIEW,
                  PRIOR_NOTICE_ISSUED,
                  APPLICATION_MAINTAINED),
              WITHDRAW,
              WITHDRAWN,
              Set.of(FILER))
          .allow(PRIOR_NOTICE_ISSUED, DISMISS, DISMISSED, SECURITY_REVIEWER)
          .build();

  private PatentTransitions() {}
}
