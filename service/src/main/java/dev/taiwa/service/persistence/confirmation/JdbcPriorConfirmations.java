package dev.taiwa.service.persistence.confirmation;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import dev.taiwa.cases.patent.confirmation.port.PriorConfirmations;
import dev.taiwa.service.persistence.crypto.ContentCipher;
import dev.taiwa.service.persistence.sql.SqlStatement;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@link PriorConfirmations} in {@code prior_confirmation}, with hand-written SQL that runs
 * unchanged on SQLite and PostgreSQL, on the caller's connection and transaction. The list's scope
 * is part of its WHERE clause, so counts cannot leak.
 */
@Singleton
public class JdbcPriorConfirmations implements PriorConfirmations {
  private final JdbcOperations jdbc;

  private final ContentCipher cipher;

  JdbcPriorConfirmations(JdbcOperations jdbc, ContentCipher cipher) {
    this.cipher = cipher;
    this.jdbc = jdbc;
  }

  @Override
  @ReadOnly
  public Optional<PriorConfirmation> find(CaseId id) {
    return select("SELECT * FROM prior_confirmation WHERE id = ?", List.of(id.toString())).stream()
        .findFirst();
  }

  @Override
  @ReadOnly
  public List<PriorConfirmation> findAll(Collection<CaseId> ids) {
    List<String> keys = ids.stream().map(CaseId::toString).distinct().toList();
    if (keys.isEmpty()) {
      return List.of();
    }
    return select(
        "SELECT * FROM prior_confirmation WHERE id IN ("
            + String.join(", ", Collections.nCopies(keys.size(), "?"))
            + ")",
        List.copyOf(keys));
  }

  @Override
  @Transactional
  public void insert(PriorConfirmation request) {
    String columns = String.join(", ", PriorConfirmationColumns.COLUMNS);
    String marks =
        String.join(", ", Collections.nCopies(PriorConfirmationColumns.COLUMNS.size(), "?"));
    jdbc.prepareStatement(
        "INSERT INTO prior_confirmation (id, " + columns + ") VALUES (?, " + marks + ")",
        s -> {
          s.setString(1, request.id().toString());
          PriorConfirmationColumns.bind(s, 2, request, cipher);
          return s.executeUpdate();
        });
  }

  @Override
  @Transactional
  public void update(PriorConfirmation request) {
    String sets = String.join(" = ?, ", PriorConfirmationColumns.COLUMNS) + " = ?";
    int updated =
        jdbc.prepareStatement(
            "UPDATE prior_confirmation SET " + sets + " WHERE id = ? AND version = ?",
            s -> {
              int next = PriorConfirmationColumns.bind(s, 1, request, cipher);
              s.setString(next, request.id().toString());
              s.setLong(next + 1, request.version() - 1);
              return s.executeUpdate();
            });
    if (updated != 1) {
      throw new ConcurrentChangeException("prior confirmation " + request.id());
    }
  }

  @Override
  @ReadOnly
  public Page<PriorConfirmation> search(OrganisationId organisation, PageRequest page) {
    PriorConfirmationSearchSql sql = PriorConfirmationSearchSql.of(organisation);
    SqlStatement query = sql.page(page);
    List<PriorConfirmation> rows = select(query.sql(), query.parameters());
    boolean hasNext = rows.size() > page.first();
    List<PriorConfirmation> shown = hasNext ? rows.subList(0, page.first()) : rows;
    if (!page.withTotal()) {
      return Page.uncounted(shown, hasNext);
    }
    SqlStatement count = sql.count();
    long total =
        jdbc.prepareStatement(
            count.sql(),
            s -> {
              bind(s, count.parameters());
              try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
              }
            });
    return new Page<>(shown, hasNext, total);
  }

  private List<PriorConfirmation> select(String sql, List<Object> values) {
    return jdbc.prepareStatement(
        sql,
        s -> {
          bind(s, values);
          List<PriorConfirmation> rows = new ArrayList<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              rows.add(PriorConfirmationColumns.read(r, cipher));
            }
          }
          return rows;
        });
  }

  private static void bind(PreparedStatement s, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) instanceof Long number) {
        s.setLong(i + 1, number);
      } else {
        s.setString(i + 1, (String) values.get(i));
      }
    }
  }
}
