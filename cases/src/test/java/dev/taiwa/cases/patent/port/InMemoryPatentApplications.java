package dev.taiwa.cases.patent.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.patent.model.PatentApplication;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applications in a map, with the store's contract: optimistic update, scoped newest-first list.
 */
public final class InMemoryPatentApplications implements PatentApplications {
  private final Map<CaseId, PatentApplication> stored = new LinkedHashMap<>();

  @Override
  public Optional<PatentApplication> find(CaseId id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public void insert(PatentApplication application) {
    if (stored.putIfAbsent(application.id(), application) != null) {
      throw new IllegalStateException("duplicate " + application.id());
    }
  }

  @Override
  public void update(PatentApplication application) {
    PatentApplication current = stored.get(application.id());
    if (current == null || current.version() != application.version() - 1) {
      throw new ConcurrentChangeException("application " + application.id());
    }
    stored.put(application.id(), application);
  }

  @Override
  public boolean numberTaken(String number) {
    return stored.values().stream().anyMatch(a -> a.number().value().equals(number));
  }

  @Override
  public Page<PatentApplication> search(PatentScope scope, PatentFilter filter, PageRequest page) {
    List<PatentApplication> matching =
        stored.values().stream()
            .filter(a -> scope.includes(a.id(), Set.copyOf(a.applicants()), a.state()))
            .filter(a -> filter.states().isEmpty() || filter.states().contains(a.state()))
            .filter(
                a ->
                    filter.applicationNumber() == null
                        || a.number().value().equals(filter.applicationNumber()))
            .sorted(
                Comparator.comparing(PatentApplication::registeredAt)
                    .thenComparing(a -> a.id().value())
                    .reversed())
            .toList();
    List<PatentApplication> items = matching.stream().limit(page.first()).toList();
    return new Page<>(items, matching.size() > items.size(), matching.size());
  }
}
