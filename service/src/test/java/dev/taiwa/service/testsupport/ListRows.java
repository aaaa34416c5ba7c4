package dev.taiwa.service.testsupport;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.UserId;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Enough rows for a query planner to choose as it would on a real register: many pre-reports spread
 * over organisations, states, destination countries, technologies, planned dates, officers and open
 * deadlines, written straight into the tables in one transaction (the use cases would take minutes
 * for the same). Ids and times follow from a row's number, so a test can name a position.
 */
public final class ListRows {
  public static final int REPORTS = 20_000;
  public static final int ORGANISATIONS = 400;
  public static final int OFFICERS = 20;
  public static final int APPLICATIONS = 10_000;
  public static final int AUDIT_EVENTS = 40_000;
  public static final int CONFIRMATIONS = 5_000;

  private static final long FIRST_CREATED = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
  private static final String[] STATES = {
    "DRAFT",
    "SUBMITTED",
    "UNDER_REVIEW",
    "IN_DIALOGUE",
    "CLOSED_NO_CONCERN",
    "CLOSED_MEASURES_AGREED",
    "INFORM_ISSUED",
    "LICENCE_APPLIED",
    "LICENCE_GRANTED",
    "LICENCE_GRANTED_WITH_CONDITIONS",
    "LICENCE_REFUSED",
    "WITHDRAWN",
    "NOT_REPORTABLE"
  };
  private static final String[] PATENT_STATES = {
    "UNDER_SCREENING",
    "OUTSIDE_SCREENING",
    "SENT_TO_REVIEW",
    "NOT_SENT",
    "UNDER_SECURITY_REVIEW",
    "PRIOR_NOTICE_ISSUED",
    "APPLICATION_MAINTAINED",
    "DESIGNATED",
    "NOT_DESIGNATED",
    "LIFTED",
    "EXPIRED",
    "WITHDRAWN",
    "DISMISSED"
  };
  private static final String[] AUDIT_ACTIONS = {
    "PRE_REPORT_SUBMITTED", "PRE_REPORT_UPDATED", "PATENT_PRE_REPORT_LINKED", "LOGIN_SUCCEEDED"
  };
  private static final String[] COUNTRIES = {"CN", "US", "KR", "TW", "VN", "TH", "IN", "DE", "FR"};

  private ListRows() {}

  public static OrganisationId organisation(int n) {
    return new OrganisationId(uuid("organisation", n));
  }

  public static UserId officer(int n) {
    return new UserId(uuid("officer", n));
  }

  public static UUID report(int n) {
    return uuid("report", n);
  }

  /** The keyset position of report {@code n}: a later number is newer. */
  public static PageRequest.Position reportPosition(int n) {
    return new PageRequest.Position(Instant.ofEpochMilli(created(n)), report(n));
  }

  /** Stores {@value #REPORTS} pre-reports with their technologies, officers and deadlines. */
  public static void storeReports(DataSource dataSource) {
    inOneTransaction(
        dataSource,
        connection -> {
          try (PreparedStatement organisations =
                  connection.prepareStatement(
                      "INSERT INTO organisation (id, name, kind) VALUES (?, ?, 'COMPANY')");
              PreparedStatement users =
                  connection.prepareStatement(
                      "INSERT INTO user_account (id, username, display_name, organisation_id,"
                          + " roles, password_hash, enabled, created_at)"
                          + " VALUES (?, ?, 'list rows', ?, ?, 'x', TRUE, 0)")) {
            for (int n = 0; n < ORGANISATIONS; n++) {
              organisations.setString(1, organisation(n).toString());
              organisations.setString(2, "organisation " + n);
              organisations.addBatch();
              users.setString(1, filer(n).toString());
              users.setString(2, "filer-" + n);
              users.setString(3, organisation(n).toString());
              users.setString(4, "FILER");
              users.addBatch();
            }
            organisations.executeBatch();
            for (int n = 0; n < OFFICERS; n++) {
              users.setString(1, officer(n).toString());
              users.setString(2, "officer-" + n);
              users.setString(3, organisation(0).toString());
              users.setString(4, "DIALOGUE_OFFICER");
              users.addBatch();
            }
            users.executeBatch();
          }
          try (PreparedStatement reports =
                  connection.prepareStatement(
                      "INSERT INTO pre_report (id, reference, organisation_id, created_by, state,"
                          + " counterparty_name_original, counterparty_country, planned_date,"
                          + " technology_description, search_text, created_at, updated_at,"
                          + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
              PreparedStatement technologies =
                  connection.prepareStatement(
                      "INSERT INTO pre_report_technology (report_id, position,"
                          + " technology_number, created_at, counterparty_country)"
                          + " VALUES (?, ?, ?, ?, ?)");
              PreparedStatement officers =
                  connection.prepareStatement(
                      "INSERT INTO case_officer (case_id, officer_id, assigned_at)"
                          + " VALUES (?, ?, 0)");
              PreparedStatement deadlines =
                  connection.prepareStatement(
                      "INSERT INTO case_deadline (id, case_id, case_kind, subject, rule_name,"
                          + " amount, start_date, first_day_counted, start_event_en,"
                          + " start_event_ja, obligor, due_date, reminders_sent, version)"
                          + " VALUES (?, ?, 'PRE_REPORT', 'ANSWER', 'DAYS', 30, '2027-01-01',"
                          + " 1, 'start', '開始', ?, ?, '', 1)")) {
            for (int n = 0; n < REPORTS; n++) {
              String id = report(n).toString();
              String state = STATES[(n * 7) % STATES.length];
              int organisation = n % ORGANISATIONS;
              reports.setString(1, id);
              reports.setString(2, "LR-" + n);
              reports.setString(3, organisation(organisation).toString());
              reports.setString(4, filer(organisation).toString());
              reports.setString(5, state);
              reports.setString(6, "Counterparty " + n);
              reports.setString(7, COUNTRIES[(n * 3) % COUNTRIES.length]);
              reports.setString(8, "2027-%02d-%02d".formatted(1 + n % 12, 1 + n % 28));
              reports.setString(9, "technology described " + n);
              // As SearchText writes it: one normalised (here lower-case) line per field.
              reports.setString(
                  10, "lr-" + n + "\ncounterparty " + n + "\ntechnology described " + n);
              reports.setLong(11, created(n));
              reports.setLong(12, created(n));
              reports.addBatch();
              // As the store writes them: each row with its report's creation time and country.
              technologies.setString(1, id);
              technologies.setInt(2, 0);
              technologies.setInt(3, 1 + n % 24);
              technologies.setLong(4, created(n));
              technologies.setString(5, COUNTRIES[(n * 3) % COUNTRIES.length]);
              technologies.addBatch();
              if (n % 3 == 0) {
                // A second technology, never the first again (a report lists each once).
                technologies.setInt(2, 1);
                technologies.setInt(3, 1 + (n % 24 + 1 + (n / 3) % 23) % 24);
                technologies.addBatch();
              }
              if (!state.equals("DRAFT") && n % 2 == 0) {
                officers.setString(1, id);
                officers.setString(2, officer(n % OFFICERS).toString());
                officers.addBatch();
              }
              if (n % 5 == 0) {
                deadlines.setString(1, uuid("deadline", n).toString());
                deadlines.setString(2, id);
                deadlines.setString(3, n % 10 == 0 ? "OFFICIALS" : "COMPANY");
                deadlines.setString(4, "2027-%02d-%02d".formatted(1 + n % 12, 1 + n % 28));
                deadlines.addBatch();
              }
              if (n % 1_000 == 999) {
                reports.executeBatch();
                technologies.executeBatch();
                officers.executeBatch();
                deadlines.executeBatch();
              }
            }
            reports.executeBatch();
            technologies.executeBatch();
            officers.executeBatch();
            deadlines.executeBatch();
          }
          // The service keeps the counts per organisation and state as it inserts reports (on
          // SQLite once per batch, V41; on PostgreSQL by trigger): the same counts for these rows.
          try (PreparedStatement counts =
              connection.prepareStatement(
                  "INSERT INTO pre_report_count (organisation_id, state, reports)"
                      + " SELECT organisation_id, state, COUNT(*) FROM pre_report WHERE TRUE"
                      + " GROUP BY organisation_id, state ON CONFLICT (organisation_id, state)"
                      + " DO UPDATE SET reports = excluded.reports")) {
            counts.executeUpdate();
          }
        });
    analyse(dataSource);
  }

  /** The keyset position of patent application {@code n}: a later number is newer. */
  public static PageRequest.Position applicationPosition(int n) {
    return new PageRequest.Position(Instant.ofEpochMilli(created(n)), application(n));
  }

  public static UUID application(int n) {
    return uuid("application", n);
  }

  /**
   * Stores {@value #APPLICATIONS} patent applications in every state, each with one applicant
   * organisation; call after {@link #storeReports} (the examiners are its officers).
   */
  public static void storeApplications(DataSource dataSource) {
    inOneTransaction(
        dataSource,
        connection -> {
          try (PreparedStatement applications =
                  connection.prepareStatement(
                      "INSERT INTO patent_application (id, application_number, filing_date,"
                          + " invention_completed_japan, title, ipc_codes, route,"
                          + " defence_purpose, state_or_national_agency, commissioned_research,"
                          + " state, assigned_examiner, matched_fields, registered_at, updated_at,"
                          + " version) VALUES (?, ?, '2026-01-05', TRUE, 'title', 'F41A', 'PAPER',"
                          + " FALSE, FALSE, FALSE, ?, ?, '', ?, ?, 1)");
              PreparedStatement applicants =
                  connection.prepareStatement(
                      "INSERT INTO patent_applicant (case_id, organisation_id, position)"
                          + " VALUES (?, ?, 0)")) {
            for (int n = 0; n < APPLICATIONS; n++) {
              String id = application(n).toString();
              applications.setString(1, id);
              applications.setString(2, "2026-%06d".formatted(n));
              applications.setString(3, PATENT_STATES[(n * 7) % PATENT_STATES.length]);
              applications.setString(4, officer(n % OFFICERS).toString());
              applications.setLong(5, created(n));
              applications.setLong(6, created(n));
              applications.addBatch();
              applicants.setString(1, id);
              applicants.setString(2, organisation(n % ORGANISATIONS).toString());
              applicants.addBatch();
              if (n % 1_000 == 999) {
                applications.executeBatch();
                applicants.executeBatch();
              }
            }
            applications.executeBatch();
            applicants.executeBatch();
          }
        });
    analyse(dataSource);
  }

  /**
   * Stores {@value #AUDIT_EVENTS} audit events naming the stored reports, by the filers and
   * officers, of a few actions and both outcomes; call after {@link #storeReports}.
   */
  public static void storeAuditEvents(DataSource dataSource) {
    inOneTransaction(
        dataSource,
        connection -> {
          try (PreparedStatement events =
              connection.prepareStatement(
                  "INSERT INTO audit_event (sequence, occurred_at, actor_id, actor_name,"
                      + " case_id, action, outcome, summary, previous_hash, hash, event_id)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, 'summary', ?, ?, ?)")) {
            for (int n = 1; n <= AUDIT_EVENTS; n++) {
              events.setLong(1, n);
              events.setLong(2, created(n));
              events.setString(3, officer(n % OFFICERS).toString());
              events.setString(4, "officer-" + n % OFFICERS);
              events.setString(5, report((n * 13) % REPORTS).toString());
              events.setString(6, AUDIT_ACTIONS[n % AUDIT_ACTIONS.length]);
              events.setString(7, n % 10 == 0 ? "REJECTED" : "SUCCEEDED");
              events.setString(8, "%064d".formatted(n - 1));
              events.setString(9, "%064d".formatted(n));
              events.setString(10, uuid("event", n).toString());
              events.addBatch();
              if (n % 1_000 == 0) {
                events.executeBatch();
              }
            }
            events.executeBatch();
          }
        });
    analyse(dataSource);
  }

  /** The keyset position of prior confirmation request {@code n}: a later number is newer. */
  public static PageRequest.Position confirmationPosition(int n) {
    return new PageRequest.Position(Instant.ofEpochMilli(created(n)), uuid("confirmation", n));
  }

  /**
   * Stores {@value #CONFIRMATIONS} prior confirmation requests of the stored organisations; call
   * after {@link #storeReports} (the requesters are its filers).
   */
  public static void storeConfirmations(DataSource dataSource) {
    inOneTransaction(
        dataSource,
        connection -> {
          try (PreparedStatement requests =
              connection.prepareStatement(
                  "INSERT INTO prior_confirmation (id, organisation_id, requested_by, title,"
                      + " summary, claimed_fields, invention_completed_japan,"
                      + " intended_foreign_filing, state, requested_at, updated_at, version)"
                      + " VALUES (?, ?, ?, 'title', 'summary', '', TRUE, 'US', 'REQUESTED', ?, ?,"
                      + " 1)")) {
            for (int n = 0; n < CONFIRMATIONS; n++) {
              requests.setString(1, uuid("confirmation", n).toString());
              requests.setString(2, organisation(n % ORGANISATIONS).toString());
              requests.setString(3, filer(n % ORGANISATIONS).toString());
              requests.setLong(4, created(n));
              requests.setLong(5, created(n));
              requests.addBatch();
            }
            requests.executeBatch();
          }
        });
    analyse(dataSource);
  }

  /**
   * Gathers PostgreSQL's statistics as autovacuum would on a live register; SQLite is left without
   * ({@code ANALYZE} is never run on a service's database file).
   */
  public static void analyse(DataSource dataSource) {
    if (!TestDatabase.isPostgres()) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot analyse", e);
    }
  }

  /** Work on one connection. */
  @FunctionalInterface
  public interface Work {
    void run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in one transaction on a connection of {@code dataSource}. */
  public static void inOneTransaction(DataSource dataSource, Work work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        work.run(connection);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the list rows", e);
    }
  }

  private static UserId filer(int n) {
    return new UserId(uuid("filer", n));
  }

  private static long created(int n) {
    return FIRST_CREATED + n * 60_000L;
  }

  private static UUID uuid(String kind, int n) {
    return UUID.nameUUIDFromBytes((kind + "-" + n).getBytes(StandardCharsets.UTF_8));
  }
}
