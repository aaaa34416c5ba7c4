package dev.taiwa.cases.outcome.model;

import dev.taiwa.cases.prereport.model.PreReportAction;

/**
 * The officer's decision on a licence application, the transition it makes and the list it needs:
 * conditions for a grant with conditions, reasons for a refusal (at least one), none for a grant.
 */
public enum LicenceDecision {
  GRANTED(PreReportAction.GRANT_LICENCE, null),
  GRANTED_WITH_CONDITIONS(PreReportAction.GRANT_LICENCE_WITH_CONDITIONS, "conditions"),
  REFUSED(PreReportAction.REFUSE_LICENCE, "reasons");

  private final PreReportAction action;
  private final String itemsField;

  LicenceDecision(PreReportAction action, String itemsField) {
    this.action = action;
    this.itemsField = itemsField;
  }

  public PreReportAction action() {
    return action;
  }

  /** The input field listing the items this decision requires; null when it needs none. */
  public String itemsField() {
    return itemsField;
  }
}
