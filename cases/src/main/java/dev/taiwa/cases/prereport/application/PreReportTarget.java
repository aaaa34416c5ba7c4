package dev.taiwa.cases.prereport.application;

import dev.taiwa.cases.command.SimpleTarget;
import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReports;

/** How commands reach a pre-report: by its id, visible by the pre-report access policy. */
public final class PreReportTarget {
  private PreReportTarget() {}

  public static Target<CaseId, PreReport> of(PreReports preReports) {
    PreReportAccessPolicy access = new PreReportAccessPolicy();
    return new SimpleTarget<>(
        "pre-report",
        preReports::find,
        access::canSee,
        access::rolesOn,
        PreReport::id,
        PreReport::version);
  }
}
