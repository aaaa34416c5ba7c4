package dev.taiwa.service.console;

import java.util.List;

/**
 * The one-page pre-report form: the technologies and choices it offers, what was typed (and why it
 * was refused), and the applicability and lead-time check for what was typed so far.
 */
public record NewPreReportPage(
    SignedIn signedIn,
    boolean mayFile,
    List<CaseWork.Choice> technologies,
    Typed typed,
    Check check) {

  /** The check's answer, as shown inline while the form is filled in. */
  public record Check(
      String verdict,
      String verdictCode,
      List<String> reasons,
      String leadTime,
      String leadTimeWhy) {
    public boolean empty() {
      return verdict.isEmpty() && leadTime.isEmpty();
    }
  }

  public List<CaseWork.Choice> transactionTypes() {
    return WorkLabels.transactionTypes(signedIn.t());
  }

  public List<CaseWork.Choice> relationships() {
    return WorkLabels.relationships(signedIn.t());
  }

  public List<CaseWork.Choice> plannedDateKinds() {
    return WorkLabels.plannedDateKinds(signedIn.t());
  }
}
