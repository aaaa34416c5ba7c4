package dev.taiwa.service.console;

import dev.taiwa.cases.catalogue.application.CatalogueCommands;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.matrix.AccessMatrix;
import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.cases.notification.application.NotificationFeed;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The header of a signed-in page: the caller's name and organisation, its form token, its language,
 * and the menu: a page appears only when the permission matrix lets one of the caller's roles use
 * the API operation behind it.
 */
@Singleton
final class SignedInReader {
  private static final AccessMatrix MATRIX = AccessMatrix.standard();

  private final UserAccounts users;
  private final Organisations organisations;
  private final NotificationFeed notifications;
  private final CatalogueCommands catalogue;

  SignedInReader(
      UserAccounts users,
      Organisations organisations,
      NotificationFeed notifications,
      CatalogueCommands catalogue) {
    this.users = users;
    this.organisations = organisations;
    this.notifications = notifications;
    this.catalogue = catalogue;
  }

  /** Blocking: reads the account and its organisation. */
  SignedIn of(ConsoleRequest request) {
    var actor = request.actor();
    String name = users.find(actor.userId()).map(UserAccount::displayName).orElse(actor.username());
    String organisation =
        organisations.find(actor.organisationId()).map(Organisation::name).orElse("");
    return new SignedIn(
        name, organisation, request.session().csrfToken(), request.texts(), nav(actor, request));
  }

  private List<SignedIn.NavLink> nav(Actor actor, ConsoleRequest request) {
    Texts t = request.texts();
    List<SignedIn.NavLink> links = new ArrayList<>();
    links.add(new SignedIn.NavLink(ConsolePaths.HOME, t.get("layout.nav.home")));
    if (MATRIX.allows(Operation.CREATE_PRE_REPORT_DRAFT, actor)) {
      links.add(
          new SignedIn.NavLink(ConsolePaths.NEW_PRE_REPORT, t.get("layout.nav.newPreReport")));
    }
    if (MATRIX.allows(Operation.NOTIFICATIONS, actor)) {
      // The same count as the API's unreadNotificationCount; a refused count shows no number.
      String label =
          notifications
              .unreadCount(actor)
              .value()
              .map(n -> t.format("layout.nav.notificationsUnread", n))
              .orElse(t.get("layout.nav.notifications"));
      links.add(new SignedIn.NavLink(ConsolePaths.NOTIFICATIONS, label));
    }
    if (MATRIX.allows(Operation.DIALOGUE_QUEUE, actor)) {
      links.add(new SignedIn.NavLink(ConsolePaths.QUEUES, t.get("layout.nav.queues")));
    }
    if (MATRIX.allows(Operation.SAVED_VIEWS, actor)) {
      links.add(new SignedIn.NavLink(ConsolePaths.VIEWS, t.get("layout.nav.views")));
    }
    if (MATRIX.allows(Operation.STATISTICS, actor)) {
      links.add(new SignedIn.NavLink(ConsolePaths.DASHBOARD, t.get("layout.nav.dashboard")));
    }
    if (MATRIX.allows(Operation.PATENT_APPLICATIONS, actor)) {
      links.add(new SignedIn.NavLink(ConsolePaths.PATENTS, t.get("layout.nav.patents")));
    }
    if (MATRIX.allows(Operation.PRIOR_CONFIRMATIONS, actor)) {
      links.add(
          new SignedIn.NavLink(ConsolePaths.CONFIRMATIONS, t.get("layout.nav.confirmations")));
    }
    if (MATRIX.allows(Operation.AUDIT_EVENTS, actor)) {
      links.add(new SignedIn.NavLink(ConsolePaths.AUDIT, t.get("layout.nav.audit")));
    }
    if (MATRIX.allows(Operation.USERS, actor)) {
      links.add(new SignedIn.NavLink(ConsolePaths.ADMIN_ACCOUNTS, t.get("layout.nav.accounts")));
    }
    if (catalogue.mayAddRevision(actor)) {
      links.add(new SignedIn.NavLink(ConsolePaths.ADMIN_CATALOGUE, t.get("layout.nav.catalogue")));
    }
    if (MATRIX.allows(Operation.RECORD_SPECIFIED_FIELD_REVISION, actor)) {
      links.add(
          new SignedIn.NavLink(
              ConsolePaths.ADMIN_SPECIFIED_FIELDS, t.get("layout.nav.specifiedFields")));
    }
    if (MATRIX.allows(Operation.CREATE_PRE_REPORT_DRAFT, actor)) {
      links.add(new SignedIn.NavLink(ConsolePaths.IMPORTS, t.get("layout.nav.imports")));
    }
    return links;
  }
}
