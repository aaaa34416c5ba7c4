package dev.taiwa.cases.prereport.application;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportAction;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReports;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads of pre-reports, always within the caller's access scope. */
public final class PreReportQueries {
  private final PreReports preReports;

  public PreReportQueries(PreReports preReports) {
    this.preReports = preReports;
  }

  /** The report, or empty when it does not exist or the caller may not see it. */
  public Optional<PreReport> find(Actor actor, CaseId id) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** The visible reports among {@code ids}: one batch query (for DataLoaders). */
  public List<PreReport> findAll(Actor actor, Collection<CaseId> ids) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public Page<PreReport> search(Actor actor, PreReportFilter filter, PageRequest page) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** What the caller may do to this report now, from the transition table and access policy. */
  public Set<PreReportAction> availableActions(Actor actor, PreReport report) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
