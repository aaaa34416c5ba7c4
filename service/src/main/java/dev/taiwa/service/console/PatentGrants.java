package dev.taiwa.service.console;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.GrantPolicy;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The need-to-know grants of an application's page, as the API's {@code accessGrants} answers them
 * (security reviewers and auditors; nobody else sees the section), and whether the caller may grant
 * and revoke there ({@link GrantPolicy}, which the use case asks again when a form is posted).
 */
@Singleton
final class PatentGrants {
  private final AccessGrantQueries queries;
  private final UserAccounts users;
  private final Clock clock;
  private final GrantPolicy policy = new GrantPolicy();

  PatentGrants(AccessGrantQueries queries, UserAccounts users, Clock clock) {
    this.queries = queries;
    this.users = users;
    this.clock = clock;
  }

  /** The section, or null when the caller may not read the application's grants. */
  PatentPage.Grants of(Actor actor, CaseId id, Texts t) {
    var read = queries.ofCase(actor, id);
    if (!read.accepted()) {
      return null;
    }
    Instant now = clock.instant();
    List<PatentPage.GrantRow> rows =
        read.value().orElse(List.of()).stream().map(g -> row(g, now, t)).toList();
    return new PatentPage.Grants(
        rows, policy.mayGrantOrRevoke(actor).isEmpty(), policy.mayOpenBreakGlass(actor).isEmpty());
  }

  private PatentPage.GrantRow row(AccessGrant g, Instant now, Texts t) {
    String status;
    String ended = "";
    if (g.isRevoked()) {
      status = t.get("patent.grant.revoked");
      ended = signed(g.revocation().at(), g.revocation().by(), g.revocation().reason(), t);
    } else if (g.isActiveAt(now)) {
      status = t.get("patent.grant.active");
    } else {
      status = t.get("patent.grant.expired");
    }
    if (g.breakGlass()) {
      status = status + t.get("text.open") + t.get("patent.grant.breakGlass") + t.get("text.close");
    }
    return new PatentPage.GrantRow(
        g.id().value().toString(),
        name(g.grantee()),
        g.reason(),
        name(g.grantedBy()) + " " + ConsoleDates.dateTime(g.grantedAt()),
        ConsoleDates.dateTime(g.expiresAt()),
        status,
        ended,
        g.isActiveAt(now),
        review(g, t));
  }

  /** A break-glass access's review: who reviewed it when, and their note; or that it awaits one. */
  private String review(AccessGrant g, Texts t) {
    if (!g.breakGlass()) {
      return "";
    }
    if (!g.isReviewed()) {
      return t.get("patent.breakGlass.awaitingReview");
    }
    return t.get("patent.breakGlass.reviewed")
        + " "
        + signed(g.review().at(), g.review().by(), g.review().note(), t);
  }

  /** When and by whom a grant was revoked or reviewed, and what they wrote. */
  private String signed(Instant at, UserId by, String text, Texts t) {
    return ConsoleDates.dateTime(at) + " " + name(by) + t.get("text.colon") + text;
  }

  private String name(UserId id) {
    return users.find(id).map(UserAccount::displayName).orElse(id.toString());
  }
}
