package dev.taiwa.service.wiring;

import dev.taiwa.cases.audit.CaseVisibility;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether a caller may see a case, by the pre-report access rules; many cases in one query. */
final class PreReportCaseVisibility implements CaseVisibility {
  private final PreReportQueries preReports;

  PreReportCaseVisibility(PreReportQueries preReports) {
    this.preReports = preReports;
  }

  @Override
  public boolean canSee(Actor actor, CaseId caseId) {
    return preReports.find(actor, caseId).isPresent();
  }

  @Override
  public Set<CaseId> visibleAmong(Actor actor, Collection<CaseId> ids) {
    return preReports.findAll(actor, ids).stream().map(PreReport::id).collect(Collectors.toSet());
  }
}
