package dev.taiwa.service.console;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import jakarta.inject.Singleton;

/** The header of a signed-in page: the caller's name and organisation, and its form token. */
@Singleton
final class SignedInReader {
  private final UserAccounts users;
  private final Organisations organisations;

  SignedInReader(UserAccounts users, Organisations organisations) {
    this.users = users;
    this.organisations = organisations;
  }

  /** Blocking: reads the account and its organisation. */
  SignedIn of(ConsoleRequest request) {
    var actor = request.actor();
    String name = users.find(actor.userId()).map(UserAccount::displayName).orElse(actor.username());
    String organisation =
        organisations.find(actor.organisationId()).map(Organisation::name).orElse("");
    return new SignedIn(name, organisation, request.session().csrfToken());
  }
}
