package dev.taiwa.service.persistence.secrecy;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.secrecy.WithholdableCases;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link WithholdableCases} as one statement over {@code patent_application} and {@code
 * prior_confirmation}: each id looked up by primary key in both, the table it was found in naming
 * its kind.
 */
@Singleton
public class JdbcWithholdableCases implements WithholdableCases {
  private static final String PATENT = "P";

  private final SqlStatements sql;

  JdbcWithholdableCases(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @ReadOnly
  public Found among(Collection<CaseId> ids) {
    List<String> keys = ids.stream().map(CaseId::toString).distinct().toList();
    if (keys.isEmpty()) {
      return new Found(Set.of(), Set.of());
    }
    String in = SqlStatements.placeholders(keys);
    List<Object> values = new ArrayList<>(keys);
    values.addAll(keys);
    Set<CaseId> patents = new HashSet<>();
    Set<CaseId> confirmations = new HashSet<>();
    sql.query(
            "SELECT '"
                + PATENT
                + "', id FROM patent_application WHERE id IN ("
                + in
                + ")"
                + " UNION ALL SELECT 'C', id FROM prior_confirmation WHERE id IN ("
                + in
                + ")",
            row -> new String[] {row.getString(1), row.getString(2)},
            values.toArray())
        .forEach(
            row -> (PATENT.equals(row[0]) ? patents : confirmations).add(CaseId.parse(row[1])));
    return new Found(patents, confirmations);
  }
}
