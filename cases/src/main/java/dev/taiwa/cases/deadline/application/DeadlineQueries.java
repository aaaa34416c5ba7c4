package dev.taiwa.cases.deadline.application;

import dev.taiwa.cases.deadline.Deadline;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.deadline.tracking.TrackedDeadlines;
import dev.taiwa.cases.deadline.tracking.TrackedStatus;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.VisibleCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the deadlines cases store, as of today: those of cases the caller already sees (batched),
 * and the open deadlines of every case the caller may see, by due date. {@link DeadlineReadPolicy}
 * decides which of a visible case's deadlines the caller reads.
 */
public final class DeadlineQueries {
  /** The far bound used when a list has no due-date limit. */
  static final LocalDate NO_LIMIT = LocalDate.of(9999, 12, 31);

  private final TrackedDeadlines store;
  private final DeadlineLedger ledger;
  private final VisibleCases visibleCases;
  private final DeadlineReadPolicy policy = new DeadlineReadPolicy();

  public DeadlineQueries(TrackedDeadlines store, DeadlineLedger ledger, VisibleCases visibleCases) {
    this.store = store;
    this.ledger = ledger;
    this.visibleCases = visibleCases;
  }

  /**
   * The deadlines of {@code cases}, which the caller has already been shown under their own access
   * rules: one query for all of them, by due date.
   */
  public Map<CaseId, List<DeadlineView>> ofCases(Actor actor, Collection<CaseId> cases) {
    Map<CaseId, List<DeadlineView>> byCase = new LinkedHashMap<>();
    for (TrackedDeadline d : store.findByCases(cases)) {
      if (policy.shows(actor, d)) {
        byCase.computeIfAbsent(d.caseId(), k -> new ArrayList<>()).add(view(d));
      }
    }
    return byCase;
  }

  /**
   * The open deadlines of the cases the caller may see, by due date then id, after {@code after}; a
   * case the caller may not see contributes nothing. Refused (FORBIDDEN) when none of the caller's
   * roles sees cases of any kind.
   */
  public Result<Page<DeadlineView>> list(
      Actor actor, DeadlineFilter filter, int first, Optional<DeadlinePosition> after) {
    if (!visibleCases.anyKindVisibleTo(actor)) {
      return Result.refused(
          Optional.empty(),
          List.of(Rejection.of(ErrorCode.FORBIDDEN, "Your roles show no cases with deadlines.")));
    }
    LocalDate today = ledger.today();
    LocalDate bound = filter.overdueOnly() ? today.minusDays(1) : NO_LIMIT;
    if (filter.dueBefore().isPresent() && filter.dueBefore().get().minusDays(1).isBefore(bound)) {
      bound = filter.dueBefore().get().minusDays(1);
    }
    // A stored due date is never later than the computed one (a stop only extends a period).
    List<TrackedDeadline> candidates = store.findOpenDueBy(bound);
    Map<CaseId, CaseKind> kinds = new LinkedHashMap<>();
    candidates.forEach(d -> kinds.put(d.caseId(), d.caseKind()));
    Set<CaseId> visible = kinds.isEmpty() ? Set.of() : visibleCases.among(actor, kinds);
    List<DeadlineView> shown =
        candidates.stream()
            .filter(d -> visible.contains(d.caseId()) && policy.shows(actor, d))
            .map(this::view)
            .filter(v -> matches(v, filter))
            .sorted((a, b) -> DeadlinePosition.ORDER.compare(position(a), position(b)))
            .toList();
    List<DeadlineView> rest =
        after.isEmpty()
            ? shown
            : shown.stream()
                .filter(v -> DeadlinePosition.ORDER.compare(position(v), after.get()) > 0)
                .toList();
    return Result.ok(
        new Page<>(
            rest.subList(0, Math.min(first, rest.size())), rest.size() > first, shown.size()));
  }

  /** The deadline as of today, with its status. */
  public DeadlineView view(TrackedDeadline tracked) {
    Deadline deadline = ledger.compute(tracked);
    return new DeadlineView(tracked, deadline, TrackedStatus.of(tracked, deadline, ledger.today()));
  }

  private static boolean matches(DeadlineView view, DeadlineFilter filter) {
    if (filter.overdueOnly() && view.status() != TrackedStatus.OVERDUE) {
      return false;
    }
    return filter.dueBefore().map(d -> view.deadline().due().isBefore(d)).orElse(true);
  }

  private static DeadlinePosition position(DeadlineView view) {
    return new DeadlinePosition(view.deadline().due(), view.tracked().id());
  }
}
