package dev.taiwa.cases.deadline.tracking;

import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.Deadline;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodDirection;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.JapanTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens, meets, cancels and stops the clocks of the deadlines a case stores, each computed by its
 * named rule on the administrative calendar. It has no transaction of its own: use cases call it
 * inside theirs, so a deadline changes together with the event that changes it.
 */
public final class DeadlineLedger {
  private final TrackedDeadlines store;
  private final DeadlineRules rules;
  private final AdministrativeCalendar calendar;
  private final Clock clock;

  public DeadlineLedger(
      TrackedDeadlines store, DeadlineRules rules, AdministrativeCalendar calendar, Clock clock) {
    this.store = store;
    this.rules = rules;
    this.calendar = calendar;
    this.clock = clock;
  }

  public DeadlineRules rules() {
    return rules;
  }

  public AdministrativeCalendar calendar() {
    return calendar;
  }

  /** Today in Japan, the day deadlines are judged on. */
  public LocalDate today() {
    return JapanTime.dateOf(clock.instant());
  }

  /**
   * Opens the deadline of the rule named {@code ruleName} (its configured amount) for {@code
   * subject} on the case. Throws {@link IllegalStateException} when the case already has an open
   * deadline for that subject.
   */
  public TrackedDeadline open(
      CaseId caseId,
      CaseKind kind,
      String subject,
      String ruleName,
      PeriodStart start,
      Obligor obligor) {
    return open(caseId, kind, subject, ruleName, rules.rule(ruleName).amount(), start, obligor);
  }

  /** As {@link #open}, with the rule's amount set for this deadline (e.g. a reply window). */
  public TrackedDeadline open(
      CaseId caseId,
      CaseKind kind,
      String subject,
      String ruleName,
      long amount,
      PeriodStart start,
      Obligor obligor) {
    if (openDeadline(caseId, subject).isPresent()) {
      throw new IllegalStateException(caseId + " already has an open deadline for " + subject);
    }
    TrackedDeadline opened =
        new TrackedDeadline(
            UUID.randomUUID(),
            caseId,
            kind,
            subject,
            ruleName,
            amount,
            start,
            obligor,
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            start.date(),
            EnumSet.noneOf(DeadlineReminder.class),
            0);
    TrackedDeadline computed = opened.withDue(opened.compute(rules, calendar, today()).due());
    store.insert(computed);
    return computed;
  }

  /** Records the open deadline for {@code subject} as met on {@code on}; empty if none is open. */
  public Optional<TrackedDeadline> meet(CaseId caseId, String subject, LocalDate on) {
    return openDeadline(caseId, subject).map(d -> save(d.met(on)));
  }

  /** Cancels the open deadline for {@code subject} (no longer owed), with the reason. */
  public Optional<TrackedDeadline> cancel(
      CaseId caseId, String subject, LocalDate on, String reason) {
    return openDeadline(caseId, subject).map(d -> save(d.cancelled(on, reason)));
  }

  /** Cancels every open deadline of the case (e.g. it was withdrawn or closed). */
  public List<TrackedDeadline> cancelAll(CaseId caseId, LocalDate on, String reason) {
    List<TrackedDeadline> cancelled = new ArrayList<>();
    for (TrackedDeadline d : ofCase(caseId)) {
      if (d.isOpen()) {
        cancelled.add(save(d.cancelled(on, reason)));
      }
    }
    return cancelled;
  }

  /**
   * Stops the clocks of {@code whose} open deadlines on the case from {@code on}, under {@code key}
   * (e.g. {@code query:<id>}); deadlines counted back from their start are not stopped.
   */
  public List<TrackedDeadline> stopClocks(
      CaseId caseId, Obligor whose, String key, LocalDate on, String reason) {
    List<TrackedDeadline> stopped = new ArrayList<>();
    for (TrackedDeadline d : ofCase(caseId)) {
      if (d.isOpen() && d.obligor() == whose && countsForward(d)) {
        stopped.add(
            save(
                d.withStops(
                    stops -> {
                      stops.add(ClockStop.running(key, on, reason));
                      return stops;
                    })));
      }
    }
    return stopped;
  }

  /** Restarts on {@code on} the clocks the case's open deadlines stopped under {@code key}. */
  public List<TrackedDeadline> restartClocks(CaseId caseId, String key, LocalDate on) {
    List<TrackedDeadline> restarted = new ArrayList<>();
    for (TrackedDeadline d : ofCase(caseId)) {
      boolean stoppedByKey = d.stops().stream().anyMatch(s -> s.isRunning() && s.key().equals(key));
      if (d.isOpen() && stoppedByKey) {
        restarted.add(
            save(
                d.withStops(
                    stops ->
                        stops.stream()
                            .map(s -> s.isRunning() && s.key().equals(key) ? s.restartedOn(on) : s)
                            .toList())));
      }
    }
    return restarted;
  }

  /** The case's deadlines, open or not, by due date. */
  public List<TrackedDeadline> ofCase(CaseId caseId) {
    return store.findByCases(List.of(caseId));
  }

  /** The deadlines of each of {@code caseIds} (empty lists included), by due date: one read. */
  public Map<CaseId, List<TrackedDeadline>> ofCases(Collection<CaseId> caseIds) {
    Map<CaseId, List<TrackedDeadline>> byCase = new LinkedHashMap<>();
    caseIds.forEach(id -> byCase.put(id, new ArrayList<>()));
    if (!caseIds.isEmpty()) {
      store.findByCases(caseIds).forEach(d -> byCase.get(d.caseId()).add(d));
    }
    return byCase;
  }

  /** The full deadline as of today: due date, status and explanation. */
  public Deadline compute(TrackedDeadline deadline) {
    return deadline.compute(rules, calendar, today());
  }

  /** Stores the deadline with its due date recomputed as of today. */
  public TrackedDeadline save(TrackedDeadline deadline) {
    TrackedDeadline recomputed = deadline.withDue(compute(deadline).due());
    store.update(recomputed);
    return recomputed.nextVersion();
  }

  private Optional<TrackedDeadline> openDeadline(CaseId caseId, String subject) {
    return ofCase(caseId).stream()
        .filter(d -> d.isOpen() && d.subject().equals(subject))
        .findFirst();
  }

  private boolean countsForward(TrackedDeadline d) {
    return rules.rule(d.ruleName()).direction() == PeriodDirection.AFTER;
  }
}
