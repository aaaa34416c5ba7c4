package dev.taiwa.cases.dialogue.port;

import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The concern ledger in a map, in raising order. */
public final class InMemoryConcerns implements Concerns {
  private final Map<UUID, Concern> stored = new LinkedHashMap<>();

  @Override
  public Optional<Concern> find(UUID id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public List<Concern> findByCases(Collection<CaseId> cases) {
    return stored.values().stream().filter(c -> cases.contains(c.caseId())).toList();
  }

  @Override
  public void insert(Concern concern) {
    stored.put(concern.id(), concern);
  }

  @Override
  public void update(Concern concern) {
    Concern current = stored.get(concern.id());
    if (current == null || current.version() != concern.version() - 1) {
      throw new ConcurrentChangeException("concern " + concern.id() + " changed since it was read");
    }
    stored.put(concern.id(), concern);
  }
}
