package dev.taiwa.cases.deadline.tracking;

import dev.taiwa.cases.kernel.CaseId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the deadlines cases store. Writes join the caller's transaction. */
public interface TrackedDeadlines {
  Optional<TrackedDeadline> find(UUID id);

  /** Every deadline of the cases among {@code cases}, open or not, by due date: one query. */
  List<TrackedDeadline> findByCases(Collection<CaseId> cases);

  /** Open deadlines (neither met nor cancelled) due on or before {@code dueOnOrBefore}. */
  List<TrackedDeadline> findOpenDueBy(LocalDate dueOnOrBefore);

  void insert(TrackedDeadline deadline);

  /**
   * Stores {@code deadline} if the stored one still has its version; throws {@link
   * dev.taiwa.cases.kernel.ConcurrentChangeException} otherwise. The stored version goes up by one.
   */
  void update(TrackedDeadline deadline);
}
