package dev.taiwa.cases.patent.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.patent.model.PatentApplication;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: stored patent applications. */
public interface PatentApplications {
  Optional<PatentApplication> find(CaseId id);

  /** Those of {@code ids} that exist (for a page of cases): stores answer with one query. */
  default List<PatentApplication> findAll(Collection<CaseId> ids) {
    return ids.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
  }

  void insert(PatentApplication application);

  /**
   * Stores {@code application} if the stored version is still {@code version() - 1}.
   *
   * @throws dev.taiwa.cases.kernel.ConcurrentChangeException when someone else changed it first
   */
  void update(PatentApplication application);

  /** True when an application with this number is stored. */
  boolean numberTaken(String number);

  /** Newest first by (registeredAt, id); scope and filter are applied in the query itself. */
  Page<PatentApplication> search(PatentScope scope, PatentFilter filter, PageRequest page);
}
