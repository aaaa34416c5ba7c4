package dev.taiwa.service.persistence.statistics;

import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.statistics.port.StatisticsFilter;
import dev.taiwa.cases.statistics.port.StatisticsScope;
import dev.taiwa.service.persistence.sql.SqlStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE conditions of the statistics as portable SQL: the caller's scope and the filter, on
 * {@code pre_report r} and on {@code patent_application p}. Drafts never count (no submission).
 */
final class StatisticsConditions {
  private StatisticsConditions() {}

  /** The filed pre-reports in scope that match the filter; never call without pre-report scope. */
  static SqlStatement preReports(StatisticsScope scope, StatisticsFilter filter) {
    List<String> where = new ArrayList<>(List.of("r.submitted_at IS NOT NULL"));
    List<Object> values = new ArrayList<>();
    if (!scope.everyPreReport()) {
      where.add("r.organisation_id = ?");
      values.add(scope.preReportOrganisation().toString());
    }
    if (filter.filedFrom() != null) {
      where.add("r.submitted_at >= ?");
      values.add(startOfDay(filter.filedFrom()));
    }
    if (filter.filedTo() != null) {
      where.add("r.submitted_at < ?");
      values.add(startOfDay(filter.filedTo().plusDays(1)));
    }
    if (filter.technologyNumber() != null) {
      where.add(
          "EXISTS (SELECT 1 FROM pre_report_technology ft"
              + " WHERE ft.report_id = r.id AND ft.technology_number = ?)");
      values.add(filter.technologyNumber());
    }
    return new SqlStatement(String.join(" AND ", where), values);
  }

  /** The applications in scope filed in the period; never call without patent scope. */
  static SqlStatement patents(StatisticsScope scope, StatisticsFilter filter) {
    List<String> either = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (scope.patentApplicant() != null) {
      either.add(
          "EXISTS (SELECT 1 FROM patent_applicant a"
              + " WHERE a.case_id = p.id AND a.organisation_id = ?)");
      values.add(scope.patentApplicant().toString());
    }
    if (scope.everyPatent()) {
      either.add("1 = 1");
    } else if (!scope.everyPatentIn().isEmpty()) {
      List<String> states = scope.everyPatentIn().stream().map(PatentState::name).toList();
      either.add("p.state IN (" + String.join(", ", states.stream().map(s -> "?").toList()) + ")");
      values.addAll(states);
    }
    List<String> where = new ArrayList<>(List.of("(" + String.join(" OR ", either) + ")"));
    if (filter.filedFrom() != null) {
      where.add("p.filing_date >= ?");
      values.add(filter.filedFrom().toString());
    }
    if (filter.filedTo() != null) {
      where.add("p.filing_date <= ?");
      values.add(filter.filedTo().toString());
    }
    return new SqlStatement(String.join(" AND ", where), values);
  }

  private static long startOfDay(LocalDate day) {
    return day.atStartOfDay(JapanTime.ZONE).toInstant().toEpochMilli();
  }
}
