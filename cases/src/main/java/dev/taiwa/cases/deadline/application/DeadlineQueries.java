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
import dev.taiwa.cases.secrecy.Secrecy;
import dev.taiwa.cases.secrecy.WithheldCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the deadlines cases store, as of today: those of cases the caller already sees (batched),
 * and the open deadlines of every case the caller may see, by due date. {@link DeadlineReadPolicy}
 * decides which of a visible case's deadlines the caller reads; none of a case whose content is
 * withheld from the caller (its dates are part of what is withheld, {@link Secrecy}).
 */
public final class DeadlineQueries {
  /** The far bound used when a list has no due-date limit. */
  static final LocalDate NO_LIMIT = LocalDate.of(9999, 12, 31);

  private final TrackedDeadlines store;
  private final DeadlineLedger ledger;
  private final VisibleCases visibleCases;
  private final WithheldCases withheldCases;
  private final DeadlineReadPolicy policy = new DeadlineReadPolicy();

  public DeadlineQueries(
      TrackedDeadlines store,
      DeadlineLedger ledger,
      VisibleCases visibleCases,
      WithheldCases withheldCases) {
    this.store = store;
    this.ledger = ledger;
    this.visibleCases = visibleCases;
    this.withheldCases = withheldCases;
  }

  /**
   * The deadlines of {@code cases}, which the caller has already been shown under their own access
   * rules: one query for all of them, by due date.
   */
  public Map<CaseId, List<DeadlineView>> ofCases(Actor actor, Collection<CaseId> cases) {
    Map<CaseId, List<DeadlineView>> byCase = new LinkedHashMap<>();
    List<TrackedDeadline> found = store.findByCases(cases);
    Set<CaseId> withheld = withheldAmong(actor, found);
    for (TrackedDeadline d : found) {
      if (!withheld.contains(d.caseId()) && policy.shows(actor, d)) {
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
    Set<CaseId> visible =
        new HashSet<>(kinds.isEmpty() ? Set.of() : visibleCases.among(actor, kinds));
    visible.removeAll(
        withheldAmong(
            actor, candidates.stream().filter(d -> visible.contains(d.caseId())).toList()));
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

  /**
   * The cases of {@code deadlines} whose content is withheld from the caller: a patent application
   * the caller sees only as a skeleton has no deadline it may read ({@link
   * Secrecy#showsRecordsOf}). Pre-reports are never withheld.
   */
  private Set<CaseId> withheldAmong(Actor actor, List<TrackedDeadline> deadlines) {
    Set<CaseId> patents = new HashSet<>();
    deadlines.stream()
        .filter(d -> d.caseKind() == CaseKind.PATENT_APPLICATION)
        .forEach(d -> patents.add(d.caseId()));
    if (patents.isEmpty()) {
      return Set.of();
    }
    return withheldCases.among(actor, patents);
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
