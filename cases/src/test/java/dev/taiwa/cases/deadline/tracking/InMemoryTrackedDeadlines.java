package dev.taiwa.cases.deadline.tracking;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link TrackedDeadlines} in a map, with the versions a database would check. */
public final class InMemoryTrackedDeadlines implements TrackedDeadlines {
  private final Map<UUID, TrackedDeadline> rows = new LinkedHashMap<>();

  @Override
  public Optional<TrackedDeadline> find(UUID id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public List<TrackedDeadline> findByCases(Collection<CaseId> cases) {
    return rows.values().stream()
        .filter(d -> cases.contains(d.caseId()))
        .sorted(Comparator.comparing(TrackedDeadline::due))
        .toList();
  }

  @Override
  public List<TrackedDeadline> findOpenDueBy(LocalDate dueOnOrBefore) {
    return rows.values().stream()
        .filter(d -> d.isOpen() && !d.due().isAfter(dueOnOrBefore))
        .sorted(Comparator.comparing(TrackedDeadline::due))
        .toList();
  }

  @Override
  public void insert(TrackedDeadline deadline) {
    rows.put(deadline.id(), deadline);
  }

  @Override
  public void update(TrackedDeadline deadline) {
    TrackedDeadline stored = rows.get(deadline.id());
    if (stored == null || stored.version() != deadline.version()) {
      throw new ConcurrentChangeException("deadline " + deadline.id() + " changed");
    }
    rows.put(deadline.id(), deadline.nextVersion());
  }
}
