package dev.taiwa.cases.patent.link.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.link.model.PreReportLink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Links in a list, oldest first. */
public final class InMemoryPreReportLinks implements PreReportLinks {
  private final List<PreReportLink> stored = new ArrayList<>();

  @Override
  public Optional<PreReportLink> find(CaseId applicationId, CaseId preReportId) {
    return stored.stream()
        .filter(l -> l.applicationId().equals(applicationId) && l.preReportId().equals(preReportId))
        .findFirst();
  }

  @Override
  public void insert(PreReportLink link) {
    if (find(link.applicationId(), link.preReportId()).isPresent()) {
      throw new IllegalStateException("duplicate link");
    }
    stored.add(link);
  }

  @Override
  public boolean delete(CaseId applicationId, CaseId preReportId) {
    return stored.removeIf(
        l -> l.applicationId().equals(applicationId) && l.preReportId().equals(preReportId));
  }

  @Override
  public List<PreReportLink> ofApplications(Collection<CaseId> applicationIds) {
    return stored.stream().filter(l -> applicationIds.contains(l.applicationId())).toList();
  }

  @Override
  public List<PreReportLink> ofPreReports(Collection<CaseId> preReportIds) {
    return stored.stream().filter(l -> preReportIds.contains(l.preReportId())).toList();
  }
}
