package dev.taiwa.service.persistence.view;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportSort;
import dev.taiwa.cases.prereport.port.SortDirection;
import dev.taiwa.cases.view.SavedView;
import dev.taiwa.cases.view.SavedViews;
import dev.taiwa.service.persistence.sql.SqlNull;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link SavedViews} in {@code saved_view}, the filter field by field (V36). */
@Singleton
public class JdbcSavedViews implements SavedViews {
  private static final String COLUMNS =
      "id, owner_id, organisation_id, name, shared, sort, direction, states, technology_number,"
          + " destination_country, organisation_filter, planned_from, planned_to, text_filter,"
          + " search, unreviewed_hits, created_at";

  private final SqlStatements sql;

  JdbcSavedViews(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public void insert(SavedView view) {
    PreReportFilter filter = view.filter();
    sql.update(
        "INSERT INTO saved_view ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?)",
        view.id().toString(),
        view.ownerId().toString(),
        view.organisationId().toString(),
        view.name(),
        view.shared() ? 1 : 0,
        view.order().sort().name(),
        view.order().direction().name(),
        filter.states().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
        SqlNull.bigint(filter.technologyNumber() == null ? null : (long) filter.technologyNumber()),
        filter.destinationCountry(),
        filter.organisationId() == null ? null : filter.organisationId().toString(),
        filter.plannedFrom() == null ? null : filter.plannedFrom().toString(),
        filter.plannedTo() == null ? null : filter.plannedTo().toString(),
        filter.text(),
        filter.search(),
        filter.unreviewedHits() ? 1 : 0,
        view.createdAt().toEpochMilli());
  }

  @Override
  @ReadOnly
  public Optional<SavedView> find(UUID id) {
    return sql
        .query(
            "SELECT " + COLUMNS + " FROM saved_view WHERE id = ?",
            JdbcSavedViews::read,
            id.toString())
        .stream()
        .findFirst();
  }

  @Override
  @Transactional
  public void delete(UUID id) {
    sql.update("DELETE FROM saved_view WHERE id = ?", id.toString());
  }

  @Override
  @ReadOnly
  public List<SavedView> ownedOrSharedWith(UserId owner, OrganisationId organisation) {
    return sql.query(
        "SELECT "
            + COLUMNS
            + " FROM saved_view WHERE owner_id = ?"
            + " UNION SELECT "
            + COLUMNS
            + " FROM saved_view WHERE organisation_id = ? AND shared = 1"
            + " ORDER BY name, id",
        JdbcSavedViews::read,
        owner.toString(),
        organisation.toString());
  }

  private static SavedView read(ResultSet row) throws SQLException {
    String states = row.getString("states");
    long technology = row.getLong("technology_number");
    Integer technologyNumber = row.wasNull() ? null : (int) technology;
    String organisationFilter = row.getString("organisation_filter");
    PreReportFilter filter =
        new PreReportFilter(
            states.isEmpty()
                ? Set.of()
                : Arrays.stream(states.split(","))
                    .map(PreReportState::valueOf)
                    .collect(Collectors.toSet()),
            technologyNumber,
            row.getString("destination_country"),
            organisationFilter == null
                ? null
                : new OrganisationId(UUID.fromString(organisationFilter)),
            date(row.getString("planned_from")),
            date(row.getString("planned_to")),
            row.getString("text_filter"),
            row.getInt("unreviewed_hits") == 1,
            row.getString("search"));
    return new SavedView(
        UUID.fromString(row.getString("id")),
        new UserId(UUID.fromString(row.getString("owner_id"))),
        new OrganisationId(UUID.fromString(row.getString("organisation_id"))),
        row.getString("name"),
        filter,
        new PreReportOrder(
            PreReportSort.valueOf(row.getString("sort")),
            SortDirection.valueOf(row.getString("direction"))),
        row.getInt("shared") == 1,
        Instant.ofEpochMilli(row.getLong("created_at")));
  }

  private static LocalDate date(String value) {
    return value == null ? null : LocalDate.parse(value);
  }
}
