package dev.taiwa.cases.patent.model;

import java.util.EnumSet;
import java.util.Set;

/** Where a patent application stands on Track B; the table is {@link PatentTransitions}. */
public enum PatentState {
  /** Registered and awaiting first screening (第一次審査). */
  UNDER_SCREENING,
  /** Not screened at all: filed before the system started, or a PCT national phase entry. */
  OUTSIDE_SCREENING,
  /** Sent to the Cabinet Office for security review (保全審査に送付). */
  SENT_TO_REVIEW,
  /** Screened and not sent. */
  NOT_SENT,
  /** The Cabinet Office is reviewing it. */
  UNDER_SECURITY_REVIEW,
  /** The reviewer notified the applicant before designating (Art. 67); its reply is awaited. */
  PRIOR_NOTICE_ISSUED,
  /**
   * The applicant maintained the application with the required documents; designation may follow.
   */
  APPLICATION_MAINTAINED,
  /** Security designation in force (保全指定). */
  DESIGNATED,
  /** Reviewed, not designated. */
  NOT_DESIGNATED,
  /** The designation was lifted (解除). */
  LIFTED,
  /** The designation ran out. */
  EXPIRED,
  /** The applicant withdrew the application. */
  WITHDRAWN,
  /** The application was dismissed (却下). */
  DISMISSED;

  private static final Set<PatentState> SECRET =
      EnumSet.of(
          SENT_TO_REVIEW,
          UNDER_SECURITY_REVIEW,
          PRIOR_NOTICE_ISSUED,
          APPLICATION_MAINTAINED,
          DESIGNATED);

  /** The states whose title, abstract, claims and attachments are need-to-know. */
  public static Set<PatentState> secretStates() {
    return SECRET;
  }

  /**
   * True when the application ended here without its secrecy being cleared: withdrawn or dismissed.
   * Content that was sent to security review stays secret in these states ({@link
   * PatentApplication#contentSecret()}); only NOT_DESIGNATED, LIFTED and EXPIRED clear it.
   */
  public boolean endsWithoutClearing() {
    return this == WITHDRAWN || this == DISMISSED;
  }

  /**
   * True when the application's content is secret in this state, whatever its history (an
   * application withdrawn or dismissed after it was sent to review is secret too: ask {@link
   * PatentApplication#contentSecret()}).
   */
  public boolean isSecret() {
    return SECRET.contains(this);
  }

  /**
   * True while publication is held (留保): screening or review pending, or designated (ESPA Arts. 66,
   * 71).
   */
  public boolean publicationHeld() {
    return this == UNDER_SCREENING || SECRET.contains(this);
  }

  /** True while the grant or refusal decision is held (留保): under review or designated. */
  public boolean decisionHeld() {
    return SECRET.contains(this);
  }
}
