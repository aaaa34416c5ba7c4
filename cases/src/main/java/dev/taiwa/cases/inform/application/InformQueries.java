package dev.taiwa.cases.inform.application;

import dev.taiwa.cases.inform.model.Inform;
import dev.taiwa.cases.inform.model.LicenceApplication;
import dev.taiwa.cases.inform.port.Informs;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The informs and licence applications of the cases the caller may see. Both are addressed to or
 * written by the company, so they are company-visible as a whole; the cited concerns are read
 * through the dialogue's visibility rule.
 */
public final class InformQueries {
  private final Informs informs;
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();

  public InformQueries(Informs informs) {
    this.informs = informs;
  }

  public Map<CaseId, Inform> informsOf(Actor actor, Collection<PreReport> reports) {
    return informs.informsOf(visible(actor, reports));
  }

  public Map<CaseId, LicenceApplication> applicationsOf(
      Actor actor, Collection<PreReport> reports) {
    return informs.applicationsOf(visible(actor, reports));
  }

  private List<CaseId> visible(Actor actor, Collection<PreReport> reports) {
    return reports.stream().filter(r -> access.canSee(actor, r)).map(PreReport::id).toList();
  }
}
