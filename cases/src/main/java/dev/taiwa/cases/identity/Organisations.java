package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.OrganisationId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: stored organisations. */
public interface Organisations {
  Optional<Organisation> find(OrganisationId id);

  /** The organisations among {@code ids} that exist, in any order: one batch query. */
  List<Organisation> findAll(Collection<OrganisationId> ids);

  /** Every organisation, by name. */
  List<Organisation> all();

  void insert(Organisation organisation);

  long count();
}
