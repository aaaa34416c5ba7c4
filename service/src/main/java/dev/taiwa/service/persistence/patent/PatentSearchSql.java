package dev.taiwa.service.persistence.patent;

import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.port.PatentFilter;
import dev.taiwa.cases.patent.port.PatentScope;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The application list as SQL: the caller's scope and the filter in the WHERE clause, newest first
 * by (registered_at, id), keyset-paged (one row more than asked shows whether more follow) with a
 * row-value position that both databases turn into an index range.
 */
final class PatentSearchSql {
  /** One statement and its parameters (strings and longs). */
  record Statement(String sql, List<Object> parameters) {}

  private final String where;
  private final List<Object> parameters = new ArrayList<>();

  PatentSearchSql(PatentScope scope, PatentFilter filter) {
    List<String> conditions = new ArrayList<>();
    if (!scope.everyApplication()) {
      conditions.add(scopeCondition(scope));
    }
    if (!filter.states().isEmpty()) {
      conditions.add(
          "p.state IN ("
              + String.join(", ", Collections.nCopies(filter.states().size(), "?"))
              + ")");
      filter.states().stream().map(PatentState::name).sorted().forEach(parameters::add);
    }
    if (filter.applicationNumber() != null && !filter.applicationNumber().isBlank()) {
      conditions.add("p.application_number = ?");
      parameters.add(filter.applicationNumber().strip());
    }
    where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** The scope's alternatives, OR-ed: own organisation, every application in states, grants. */
  private String scopeCondition(PatentScope scope) {
    List<String> alternatives = new ArrayList<>();
    if (scope.applicantOrganisation() != null) {
      alternatives.add(
          "EXISTS (SELECT 1 FROM patent_applicant a WHERE a.case_id = p.id"
              + " AND a.organisation_id = ?)");
      parameters.add(scope.applicantOrganisation().toString());
    }
    if (!scope.everyApplicationIn().isEmpty()) {
      alternatives.add("p.state IN (" + placeholders(scope.everyApplicationIn().size()) + ")");
      scope.everyApplicationIn().stream().map(PatentState::name).sorted().forEach(parameters::add);
    }
    if (!scope.grantedCases().isEmpty()) {
      alternatives.add("p.id IN (" + placeholders(scope.grantedCases().size()) + ")");
      scope.grantedCases().stream().map(Object::toString).sorted().forEach(parameters::add);
    }
    return "(" + String.join(" OR ", alternatives) + ")";
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  Statement count() {
    return new Statement("SELECT COUNT(*) FROM patent_application p" + where, parameters);
  }

  Statement page(PageRequest page) {
    List<Object> values = new ArrayList<>(parameters);
    String sql = "SELECT p.* FROM patent_application p" + where;
    if (page.after() != null) {
      sql += (where.isEmpty() ? " WHERE " : " AND ") + "(p.registered_at, p.id) < (?, ?)";
      values.add(page.after().createdAt().toEpochMilli());
      values.add(page.after().id().toString());
    }
    sql += " ORDER BY p.registered_at DESC, p.id DESC LIMIT " + (page.first() + 1);
    return new Statement(sql, values);
  }

  static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value instanceof Long number) {
        statement.setLong(i + 1, number);
      } else {
        statement.setString(i + 1, (String) value);
      }
    }
  }
}
