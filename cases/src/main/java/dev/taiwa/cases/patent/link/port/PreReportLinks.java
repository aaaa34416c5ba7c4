package dev.taiwa.cases.patent.link.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.link.model.PreReportLink;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: links between patent applications and pre-reports. */
public interface PreReportLinks {
  Optional<PreReportLink> find(CaseId applicationId, CaseId preReportId);

  void insert(PreReportLink link);

  /** Removes the link; false when there was none. */
  boolean delete(CaseId applicationId, CaseId preReportId);

  /** The links of these applications, oldest first, in one batch. */
  List<PreReportLink> ofApplications(Collection<CaseId> applicationIds);

  /** The links of these pre-reports, oldest first, in one batch. */
  List<PreReportLink> ofPreReports(Collection<CaseId> preReportIds);
}
