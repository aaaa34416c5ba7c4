package dev.taiwa.cases.prereport.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: stored pre-reports. */
public interface PreReports {
  Optional<PreReport> find(CaseId id);

  /** The reports among {@code ids} that exist, in any order: one batch query. */
  List<PreReport> findAll(Collection<CaseId> ids);

  void insert(PreReport report);

  /**
   * Stores {@code report} if the stored version is still {@code report.version() - 1}.
   *
   * @throws ConcurrentChangeException when someone else changed it first
   */
  void update(PreReport report);

  /** Newest first by (createdAt, id); scope and filter are applied in the query itself. */
  default Page<PreReport> search(PreReportScope scope, PreReportFilter filter, PageRequest page) {
    return search(scope, filter, PreReportOrder.NEWEST, page);
  }

  /**
   * In {@code order}, ties broken by id; {@code page.after()} names the last report already seen
   * (its id; its creation instant too for {@link PreReportOrder#NEWEST}).
   */
  Page<PreReport> search(
      PreReportScope scope, PreReportFilter filter, PreReportOrder order, PageRequest page);
}
