package dev.taiwa.service.console;

import java.util.List;

/**
 * The administrator's accounts page: every account with what may be done to it (disable or enable,
 * roles, a new password), the form for a new account, and what was typed into a refused form with
 * its reasons.
 */
public record AccountsPage(
    SignedIn signedIn,
    List<Account> accounts,
    List<CaseWork.Choice> organisations,
    List<CaseWork.Choice> roles,
    Typed typed,
    String done) {

  /** One account as the list shows it; {@code roles} holds the names of its roles. */
  public record Account(
      String id,
      String username,
      String displayName,
      String organisation,
      List<String> roles,
      String roleLabels,
      boolean enabled,
      long version) {
    public boolean has(String role) {
      return roles.contains(role);
    }
  }
}
