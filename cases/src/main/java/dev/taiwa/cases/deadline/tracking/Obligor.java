package dev.taiwa.cases.deadline.tracking;

/**
 * Who must act before a deadline: the company (a reply, a licence application, a maintenance reply)
 * or the officials (a screening, a review decision, an internal stage target). A query to the
 * company stops the officials' clocks only.
 */
public enum Obligor {
  COMPANY,
  OFFICIALS
}
