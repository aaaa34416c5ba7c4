package dev.taiwa.cases.dialogue.port;

import dev.taiwa.cases.dialogue.model.CompanyQuery;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries in a map, in asking order, with the version check a database makes. */
public final class InMemoryCompanyQueries implements CompanyQueries {
  private final Map<UUID, CompanyQuery> stored = new LinkedHashMap<>();

  @Override
  public Optional<CompanyQuery> find(UUID id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public List<CompanyQuery> findByCases(Collection<CaseId> cases) {
    return stored.values().stream().filter(q -> cases.contains(q.caseId())).toList();
  }

  @Override
  public void insert(CompanyQuery query) {
    stored.put(query.id(), query);
  }

  @Override
  public void update(CompanyQuery query) {
    CompanyQuery current = stored.get(query.id());
    if (current == null || current.version() != query.version() - 1) {
      throw new ConcurrentChangeException("query " + query.id() + " changed");
    }
    stored.put(query.id(), query);
  }
}
