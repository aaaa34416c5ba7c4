package dev.taiwa.cases.patent.confirmation.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Requests in a map, with the store's contract: optimistic update, scoped newest-first list. */
public final class InMemoryPriorConfirmations implements PriorConfirmations {
  private final Map<CaseId, PriorConfirmation> stored = new LinkedHashMap<>();

  @Override
  public Optional<PriorConfirmation> find(CaseId id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public void insert(PriorConfirmation request) {
    if (stored.putIfAbsent(request.id(), request) != null) {
      throw new IllegalStateException("duplicate " + request.id());
    }
  }

  @Override
  public void update(PriorConfirmation request) {
    PriorConfirmation current = stored.get(request.id());
    if (current == null || current.version() != request.version() - 1) {
      throw new ConcurrentChangeException("request " + request.id());
    }
    stored.put(request.id(), request);
  }

  @Override
  public Page<PriorConfirmation> search(OrganisationId organisation, PageRequest page) {
    List<PriorConfirmation> matching =
        stored.values().stream()
            .filter(r -> organisation == null || r.organisation().equals(organisation))
            .sorted(
                Comparator.comparing(PriorConfirmation::requestedAt)
                    .thenComparing(r -> r.id().value())
                    .reversed())
            .toList();
    List<PriorConfirmation> items = matching.stream().limit(page.first()).toList();
    return new Page<>(items, matching.size() > items.size(), matching.size());
  }
}
