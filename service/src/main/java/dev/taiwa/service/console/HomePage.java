package dev.taiwa.service.console;

import java.util.List;

/**
 * The home page: what awaits the caller's organisation (concerns and queries to answer) and its
 * cases by state, newest first.
 */
public record HomePage(
    SignedIn signedIn,
    List<Awaiting> awaiting,
    long concernsToAnswer,
    long queriesToAnswer,
    List<StateCount> byState,
    List<CaseRow> cases,
    boolean moreCases) {

  /** One thing to answer: what, on which case, by when. */
  public record Awaiting(
      String kind, String text, String caseLink, String caseReference, String due) {}

  /** How many of the listed cases are in a state. */
  public record StateCount(String state, long count) {}

  /** One case of the list. */
  public record CaseRow(
      String link,
      String reference,
      String state,
      String technologies,
      String counterparty,
      String plannedDate,
      String updated) {}
}
