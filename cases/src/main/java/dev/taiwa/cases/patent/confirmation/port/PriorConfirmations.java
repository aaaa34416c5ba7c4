package dev.taiwa.cases.patent.confirmation.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: stored prior-confirmation requests. */
public interface PriorConfirmations {
  Optional<PriorConfirmation> find(CaseId id);

  /** Those of {@code ids} that exist (for a page of cases): stores answer with one query. */
  default List<PriorConfirmation> findAll(Collection<CaseId> ids) {
    return ids.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
  }

  void insert(PriorConfirmation request);

  /**
   * Stores {@code request} if the stored version is still {@code version() - 1}.
   *
   * @throws dev.taiwa.cases.kernel.ConcurrentChangeException when someone else changed it first
   */
  void update(PriorConfirmation request);

  /**
   * Newest first by (requestedAt, id): of {@code organisation} only, or of every organisation when
   * it is null. The scope is part of the query, so counts cannot leak.
   */
  Page<PriorConfirmation> search(OrganisationId organisation, PageRequest page);
}
