package dev.taiwa.cases.dialogue.port;

import dev.taiwa.cases.dialogue.model.CompanyQuery;
import dev.taiwa.cases.kernel.CaseId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the stored queries to companies, with their answers. */
public interface CompanyQueries {
  Optional<CompanyQuery> find(UUID id);

  /** The queries of every case among {@code cases}, oldest first: one batch query. */
  List<CompanyQuery> findByCases(Collection<CaseId> cases);

  void insert(CompanyQuery query);

  /**
   * Stores the query if the stored version is still {@code query.version()}, bumping it; throws
   * {@link dev.taiwa.cases.kernel.ConcurrentChangeException} otherwise.
   */
  void update(CompanyQuery query);
}
