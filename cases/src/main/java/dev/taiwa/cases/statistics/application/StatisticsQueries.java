package dev.taiwa.cases.statistics.application;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.statistics.access.StatisticsPolicy;
import dev.taiwa.cases.statistics.model.CaseStatistics;
import dev.taiwa.cases.statistics.port.Statistics;
import dev.taiwa.cases.statistics.port.StatisticsFilter;
import dev.taiwa.cases.statistics.port.StatisticsScope;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The statistics a caller may see: the policy decides whose cases count (FORBIDDEN for a role whose
 * figures reach no case), the store aggregates them within that scope.
 */
public final class StatisticsQueries {
  private final Statistics statistics;
  private final Clock clock;
  private final StatisticsPolicy policy = new StatisticsPolicy();

  public StatisticsQueries(Statistics statistics, Clock clock) {
    this.statistics = statistics;
    this.clock = clock;
  }

  /**
   * The figures of the cases within the caller's scope matching {@code filter}, or the refusal:
   * FORBIDDEN for a caller whose roles count no case, INVALID_VALUE for a period ending before it
   * starts or a technology number below 1.
   */
  public Result<CaseStatistics> figures(Actor actor, StatisticsFilter filter) {
    StatisticsScope scope = policy.scopeFor(actor);
    if (scope.isNothing()) {
      return refused(
          new Rejection(ErrorCode.FORBIDDEN, null, "Your roles have no statistics to see"));
    }
    if (filter.filedFrom() != null
        && filter.filedTo() != null
        && filter.filedTo().isBefore(filter.filedFrom())) {
      return refused(
          Rejection.onField(
              ErrorCode.INVALID_VALUE, "filedTo", "The period ends before it starts"));
    }
    if (filter.technologyNumber() != null && filter.technologyNumber() < 1) {
      return refused(
          Rejection.onField(
              ErrorCode.INVALID_VALUE, "technology", "A technology number starts at 1"));
    }
    return Result.ok(statistics.figures(scope, filter, JapanTime.today(clock)));
  }

  private static Result<CaseStatistics> refused(Rejection rejection) {
    return Result.refused(Optional.empty(), List.of(rejection));
  }
}
