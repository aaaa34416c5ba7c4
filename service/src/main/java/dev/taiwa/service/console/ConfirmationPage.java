package dev.taiwa.service.console;

import java.util.List;
import java.util.Set;

/**
 * One prior-confirmation request as the caller may see it, with the forms of what it may do now:
 * the examiner sends it to the Cabinet Office and answers, a security reviewer records the Cabinet
 * Office's answer. The consultation is shown to the offices only ({@code consultation} null for the
 * company).
 */
public record ConfirmationPage(
    SignedIn signedIn,
    String link,
    long version,
    String state,
    List<Fact> facts,
    List<Fact> consultation,
    List<Fact> answer,
    Set<String> offers,
    List<CaseWork.Choice> answers,
    Typed typed) {

  /** A label and its value. */
  public record Fact(String label, String value) {}

  public boolean offers(String form) {
    return offers.contains(form);
  }
}
