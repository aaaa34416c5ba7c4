package dev.taiwa.cases.prereport.application;

import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReports;
import java.util.Optional;
import java.util.Set;

/** How commands reach a pre-report: by its id, visible by the pre-report access policy. */
public final class PreReportTarget implements Target<CaseId, PreReport> {
  private final PreReports preReports;
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();

  public PreReportTarget(PreReports preReports) {
    this.preReports = preReports;
  }

  @Override
  public String noun() {
    return "pre-report";
  }

  @Override
  public Optional<PreReport> find(CaseId id) {
    return preReports.find(id);
  }

  @Override
  public boolean visibleTo(Actor actor, PreReport report) {
    return access.canSee(actor, report);
  }

  @Override
  public Set<Role> rolesOn(Actor actor, PreReport report) {
    return access.rolesOn(actor, report);
  }

  @Override
  public CaseId caseOf(PreReport report) {
    return report.id();
  }

  @Override
  public long versionOf(PreReport report) {
    return report.version();
  }
}
