package dev.taiwa.cases.statistics.port;

import dev.taiwa.cases.statistics.model.CaseStatistics;
import java.time.LocalDate;

/**
 * Port: the figures of the cases within {@code scope} that match {@code filter}, each computed by
 * the store as an aggregate (grouping, counting, percentiles in its query language), never by
 * loading cases. {@code today} is the day overdue deadlines and ending designations are judged on.
 * A track the scope does not cover comes back as null.
 */
public interface Statistics {
  CaseStatistics figures(StatisticsScope scope, StatisticsFilter filter, LocalDate today);
}
