package dev.taiwa.service.console;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Result;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The break-glass accesses awaiting an auditor's review, oldest first, as the API's {@code
 * breakGlassReviewQueue} answers them (auditors only), each linked to its case's events in the
 * audit trail: auditors read no case content, and the events show what was read meanwhile.
 */
@Singleton
final class BreakGlassQueue {
  private final AccessGrantQueries grants;
  private final UserAccounts users;

  BreakGlassQueue(AccessGrantQueries grants, UserAccounts users) {
    this.grants = grants;
    this.users = users;
  }

  /** The queue, or null when the caller may not read it (nothing is shown then). */
  List<AuditPage.BreakGlassRow> of(Actor actor) {
    Result<List<AccessGrant>> queue = grants.breakGlassReviewQueue(actor);
    if (!queue.accepted()) {
      return null;
    }
    return queue.value().orElse(List.of()).stream().map(this::row).toList();
  }

  private AuditPage.BreakGlassRow row(AccessGrant g) {
    return new AuditPage.BreakGlassRow(
        g.id().value().toString(),
        users.find(g.grantee()).map(UserAccount::displayName).orElse(g.grantee().toString()),
        g.reason(),
        ConsoleDates.dateTime(g.grantedAt()),
        ConsoleDates.dateTime(g.expiresAt()),
        ConsolePaths.AUDIT + "?case=" + g.caseId().value());
  }
}
