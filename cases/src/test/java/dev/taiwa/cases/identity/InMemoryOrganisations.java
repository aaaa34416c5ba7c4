package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.OrganisationId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Organisations in a map. */
public final class InMemoryOrganisations implements Organisations {
  private final Map<OrganisationId, Organisation> stored = new LinkedHashMap<>();

  @Override
  public Optional<Organisation> find(OrganisationId id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public List<Organisation> findAll(Collection<OrganisationId> ids) {
    return ids.stream().distinct().map(stored::get).filter(o -> o != null).toList();
  }

  @Override
  public List<Organisation> all() {
    return stored.values().stream().sorted(Comparator.comparing(Organisation::name)).toList();
  }

  @Override
  public void insert(Organisation organisation) {
    stored.put(organisation.id(), organisation);
  }

  @Override
  public long count() {
    return stored.size();
  }
}
