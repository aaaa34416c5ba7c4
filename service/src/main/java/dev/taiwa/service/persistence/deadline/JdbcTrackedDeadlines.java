package dev.taiwa.service.persistence.deadline;

import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.deadline.tracking.ClockStop;
import dev.taiwa.cases.deadline.tracking.DeadlineReminder;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.deadline.tracking.TrackedDeadlines;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link TrackedDeadlines} in {@code case_deadline}, clock stops in {@code case_deadline_stop}. */
@Singleton
public class JdbcTrackedDeadlines implements TrackedDeadlines {
  private static final String COLUMNS =
      "SELECT id, case_id, case_kind, subject, rule_name, amount, start_date, first_day_counted,"
          + " start_event_en, start_event_ja, obligor, due_date, met_on, cancelled_on,"
          + " cancel_reason, reminders_sent, version FROM case_deadline";

  private final SqlStatements sql;

  JdbcTrackedDeadlines(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @ReadOnly
  public Optional<TrackedDeadline> find(UUID id) {
    return withStops(sql.query(COLUMNS + " WHERE id = ?", JdbcTrackedDeadlines::row, id.toString()))
        .stream()
        .findFirst();
  }

  @Override
  @ReadOnly
  public List<TrackedDeadline> findByCases(Collection<CaseId> cases) {
    if (cases.isEmpty()) {
      return List.of();
    }
    Object[] ids = cases.stream().map(CaseId::toString).distinct().toArray();
    return withStops(
        sql.query(
            COLUMNS
                + " WHERE case_id IN ("
                + SqlStatements.placeholders(List.of(ids))
                + ") ORDER BY due_date, subject, id",
            JdbcTrackedDeadlines::row,
            ids));
  }

  @Override
  @ReadOnly
  public List<TrackedDeadline> findOpenDueBy(LocalDate dueOnOrBefore) {
    return withStops(
        sql.query(
            COLUMNS
                + " WHERE met_on IS NULL AND cancelled_on IS NULL AND due_date <= ?"
                + " ORDER BY due_date, id",
            JdbcTrackedDeadlines::row,
            dueOnOrBefore.toString()));
  }

  @Override
  @Transactional
  public void insert(TrackedDeadline d) {
    sql.update(
        "INSERT INTO case_deadline (id, case_id, case_kind, subject, rule_name, amount,"
            + " start_date, first_day_counted, start_event_en, start_event_ja, obligor, due_date,"
            + " met_on, cancelled_on, cancel_reason, reminders_sent, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        d.id().toString(),
        d.caseId().toString(),
        d.caseKind().name(),
        d.subject(),
        d.ruleName(),
        d.amount(),
        d.start().date().toString(),
        d.start().firstDayCounted() ? 1 : 0,
        d.start().event().en(),
        d.start().event().ja(),
        d.obligor().name(),
        d.due().toString(),
        d.metOn().map(LocalDate::toString).orElse(null),
        d.cancelledOn().map(LocalDate::toString).orElse(null),
        d.cancelReason().orElse(null),
        reminders(d.remindersSent()),
        d.version());
    insertStops(d);
  }

  @Override
  @Transactional
  public void update(TrackedDeadline d) {
    int touched =
        sql.update(
            "UPDATE case_deadline SET due_date = ?, met_on = ?, cancelled_on = ?,"
                + " cancel_reason = ?, reminders_sent = ?, version = version + 1"
                + " WHERE id = ? AND version = ?",
            d.due().toString(),
            d.metOn().map(LocalDate::toString).orElse(null),
            d.cancelledOn().map(LocalDate::toString).orElse(null),
            d.cancelReason().orElse(null),
            reminders(d.remindersSent()),
            d.id().toString(),
            d.version());
    if (touched != 1) {
      throw new ConcurrentChangeException("deadline " + d.id() + " changed since it was read");
    }
    sql.update("DELETE FROM case_deadline_stop WHERE deadline_id = ?", d.id().toString());
    insertStops(d);
  }

  private void insertStops(TrackedDeadline d) {
    for (int i = 0; i < d.stops().size(); i++) {
      ClockStop stop = d.stops().get(i);
      sql.update(
          "INSERT INTO case_deadline_stop (deadline_id, position, stop_key, stopped_on,"
              + " restarted_on, reason) VALUES (?, ?, ?, ?, ?, ?)",
          d.id().toString(),
          i,
          stop.key(),
          stop.stoppedOn().toString(),
          stop.restartedOn().map(LocalDate::toString).orElse(null),
          stop.reason());
    }
  }

  private static String reminders(Set<DeadlineReminder> sent) {
    return sent.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private record StopRow(String deadlineId, ClockStop stop) {}

  private List<TrackedDeadline> withStops(List<TrackedDeadline> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    Object[] ids = rows.stream().map(r -> r.id().toString()).toArray();
    Map<String, List<ClockStop>> stops = new HashMap<>();
    sql.query(
            "SELECT deadline_id, stop_key, stopped_on, restarted_on, reason"
                + " FROM case_deadline_stop WHERE deadline_id IN ("
                + SqlStatements.placeholders(List.of(ids))
                + ") ORDER BY deadline_id, position",
            r ->
                new StopRow(
                    r.getString("deadline_id"),
                    new ClockStop(
                        r.getString("stop_key"),
                        LocalDate.parse(r.getString("stopped_on")),
                        date(r, "restarted_on"),
                        r.getString("reason"))),
            ids)
        .forEach(s -> stops.computeIfAbsent(s.deadlineId(), k -> new ArrayList<>()).add(s.stop()));
    return rows.stream()
        .map(
            d ->
                new TrackedDeadline(
                    d.id(),
                    d.caseId(),
                    d.caseKind(),
                    d.subject(),
                    d.ruleName(),
                    d.amount(),
                    d.start(),
                    d.obligor(),
                    stops.getOrDefault(d.id().toString(), List.of()),
                    d.metOn(),
                    d.cancelledOn(),
                    d.cancelReason(),
                    d.due(),
                    d.remindersSent(),
                    d.version()))
        .toList();
  }

  private static TrackedDeadline row(ResultSet r) throws SQLException {
    Set<DeadlineReminder> sent = EnumSet.noneOf(DeadlineReminder.class);
    String reminders = r.getString("reminders_sent");
    if (!reminders.isEmpty()) {
      Arrays.stream(reminders.split(",")).map(DeadlineReminder::valueOf).forEach(sent::add);
    }
    return new TrackedDeadline(
        UUID.fromString(r.getString("id")),
        CaseId.parse(r.getString("case_id")),
        CaseKind.valueOf(r.getString("case_kind")),
        r.getString("subject"),
        r.getString("rule_name"),
        r.getLong("amount"),
        new PeriodStart(
            LocalDate.parse(r.getString("start_date")),
            r.getInt("first_day_counted") == 1,
            new Bilingual(r.getString("start_event_en"), r.getString("start_event_ja"))),
        Obligor.valueOf(r.getString("obligor")),
        List.of(),
        date(r, "met_on"),
        date(r, "cancelled_on"),
        Optional.ofNullable(r.getString("cancel_reason")),
        LocalDate.parse(r.getString("due_date")),
        sent,
        r.getLong("version"));
  }

  private static Optional<LocalDate> date(ResultSet r, String column) throws SQLException {
    return Optional.ofNullable(r.getString(column)).map(LocalDate::parse);
  }
}
