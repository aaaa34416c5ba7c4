package dev.taiwa.service.console;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.notification.application.NotificationFeed;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
import jakarta.inject.Singleton;

/** The header of a signed-in page: the caller's name and organisation, and its form token. */
@Singleton
final class SignedInReader {
  private final UserAccounts users;
  private final Organisations organisations;
  private final NotificationFeed notifications;
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();

  SignedInReader(UserAccounts users, Organisations organisations, NotificationFeed notifications) {
    this.users = users;
    this.organisations = organisations;
    this.notifications = notifications;
  }

  /** Blocking: reads the account, its organisation and its unread notifications. */
  SignedIn of(ConsoleRequest request) {
    var actor = request.actor();
    String name = users.find(actor.userId()).map(UserAccount::displayName).orElse(actor.username());
    String organisation =
        organisations.find(actor.organisationId()).map(Organisation::name).orElse("");
    int unread = notifications.unreadCount(actor).value().orElse(-1);
    return new SignedIn(
        name, organisation, request.session().csrfToken(), unread, access.canCreate(actor));
  }
}
