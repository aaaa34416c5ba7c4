package dev.taiwa.service.persistence.patent;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.cases.patent.port.PatentFilter;
import dev.taiwa.cases.patent.port.PatentScope;
import dev.taiwa.service.persistence.crypto.ContentCipher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@link PatentApplications} in {@code patent_application} and {@code patent_applicant}, with
 * hand-written SQL that runs unchanged on SQLite and PostgreSQL, on the caller's connection and
 * transaction. The list's scope is part of its WHERE clause, so counts cannot leak.
 */
@Singleton
public class JdbcPatentApplications implements PatentApplications {
  private static final String SELECT = "SELECT p.* FROM patent_application p";

  private final JdbcOperations jdbc;
  private final ContentCipher cipher;

  JdbcPatentApplications(JdbcOperations jdbc, ContentCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @Override
  @ReadOnly
  public Optional<PatentApplication> find(CaseId id) {
    List<PatentApplication> found =
        select(new PatentSearchSql.Statement(SELECT + " WHERE p.id = ?", List.of(id.toString())));
    return found.stream().findFirst();
  }

  @Override
  @ReadOnly
  public List<PatentApplication> findAll(Collection<CaseId> ids) {
    List<String> keys = ids.stream().map(CaseId::toString).distinct().toList();
    if (keys.isEmpty()) {
      return List.of();
    }
    return select(
        new PatentSearchSql.Statement(
            SELECT
                + " WHERE p.id IN ("
                + String.join(", ", Collections.nCopies(keys.size(), "?"))
                + ")",
            List.copyOf(keys)));
  }

  @Override
  @Transactional
  public void insert(PatentApplication application) {
    String columns = String.join(", ", PatentApplicationColumns.COLUMNS);
    String marks =
        String.join(", ", Collections.nCopies(PatentApplicationColumns.COLUMNS.size(), "?"));
    jdbc.prepareStatement(
        "INSERT INTO patent_application (id, " + columns + ") VALUES (?, " + marks + ")",
        s -> {
          s.setString(1, application.id().toString());
          PatentApplicationColumns.bind(s, 2, application, cipher);
          return s.executeUpdate();
        });
    for (int i = 0; i < application.applicants().size(); i++) {
      int position = i;
      jdbc.prepareStatement(
          "INSERT INTO patent_applicant (case_id, organisation_id, position) VALUES (?, ?, ?)",
          s -> {
            s.setString(1, application.id().toString());
            s.setString(2, application.applicants().get(position).toString());
            s.setInt(3, position);
            return s.executeUpdate();
          });
    }
  }

  @Override
  @Transactional
  public void update(PatentApplication application) {
    String sets = String.join(" = ?, ", PatentApplicationColumns.COLUMNS) + " = ?";
    int updated =
        jdbc.prepareStatement(
            "UPDATE patent_application SET " + sets + " WHERE id = ? AND version = ?",
            s -> {
              int next = PatentApplicationColumns.bind(s, 1, application, cipher);
              s.setString(next, application.id().toString());
              s.setLong(next + 1, application.version() - 1);
              return s.executeUpdate();
            });
    if (updated != 1) {
      throw new ConcurrentChangeException("patent application " + application.id());
    }
  }

  @Override
  @ReadOnly
  public boolean numberTaken(String number) {
    return jdbc.prepareStatement(
        "SELECT COUNT(*) FROM patent_application WHERE application_number = ?",
        s -> {
          s.setString(1, number);
          try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1) > 0;
          }
        });
  }

  @Override
  @ReadOnly
  public Page<PatentApplication> search(PatentScope scope, PatentFilter filter, PageRequest page) {
    if (scope.isNothing()) {
      return Page.empty(page.withTotal());
    }
    PatentSearchSql sql = new PatentSearchSql(scope, filter);
    List<PatentApplication> rows = select(sql.page(page));
    boolean hasNext = rows.size() > page.first();
    List<PatentApplication> shown = hasNext ? rows.subList(0, page.first()) : rows;
    if (!page.withTotal()) {
      return Page.uncounted(shown, hasNext);
    }
    long total =
        jdbc.prepareStatement(
            sql.count().sql(),
            s -> {
              PatentSearchSql.bind(s, sql.count().parameters());
              try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
              }
            });
    return new Page<>(shown, hasNext, total);
  }

  private List<PatentApplication> select(PatentSearchSql.Statement statement) {
    Map<String, Function<List<OrganisationId>, PatentApplication>> rows =
        jdbc.prepareStatement(
            statement.sql(),
            s -> {
              PatentSearchSql.bind(s, statement.parameters());
              Map<String, Function<List<OrganisationId>, PatentApplication>> read =
                  new LinkedHashMap<>();
              try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                  read.put(r.getString("id"), PatentApplicationColumns.read(r, cipher));
                }
              }
              return read;
            });
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<OrganisationId>> applicants = applicantsOf(List.copyOf(rows.keySet()));
    List<PatentApplication> result = new ArrayList<>();
    rows.forEach((id, build) -> result.add(build.apply(applicants.getOrDefault(id, List.of()))));
    return result;
  }

  private Map<String, List<OrganisationId>> applicantsOf(List<String> ids) {
    String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
    return jdbc.prepareStatement(
        "SELECT case_id, organisation_id FROM patent_applicant WHERE case_id IN ("
            + marks
            + ") ORDER BY case_id, position",
        s -> {
          for (int i = 0; i < ids.size(); i++) {
            s.setString(i + 1, ids.get(i));
          }
          Map<String, List<OrganisationId>> byCase = new LinkedHashMap<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              byCase
                  .computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                  .add(new OrganisationId(UUID.fromString(r.getString(2))));
            }
          }
          return byCase;
        });
  }
}
