package dev.taiwa.cases.patent.link.access;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.access.PatentAccessPolicy;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;

/**
 * Who may link a patent application to a pre-report: a link joins two cases, so only a role that
 * sees both kinds of case may make or remove one, and only as far as it sees the narrower of the
 * two. Derived from {@link PreReportAccessPolicy} and {@link PatentAccessPolicy}: today only the
 * company's filers (their own organisation's cases) see both; examiners and reviewers see no
 * pre-report, dialogue officers no application.
 */
public final class LinkAccessPolicy {
  private final PreReportAccessPolicy preReports = new PreReportAccessPolicy();
  private final PatentAccessPolicy patents = new PatentAccessPolicy();

  /** How far {@code role} may link: the narrower of its two reaches, NOTHING if either is. */
  public Reach linkReach(Role role) {
    Reach preReport = preReports.grants().get(role).act();
    Reach patent = patents.grants().get(role).act();
    if (preReport == Reach.NOTHING || patent == Reach.NOTHING) {
      return Reach.NOTHING;
    }
    return preReport.ordinal() > patent.ordinal() ? preReport : patent;
  }

  public boolean mayLink(Actor actor) {
    return actor.roles().stream().anyMatch(role -> linkReach(role) != Reach.NOTHING);
  }
}
