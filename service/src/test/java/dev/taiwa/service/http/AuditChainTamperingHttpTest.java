package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Editing any audit row in the database by hand is detected by the verification, which names the
 * row. The test plays a database administrator who lifts the append-only triggers and edits rows
 * with plain SQL; an auditor then runs {@code verifyAuditChain} over HTTP. After each edit the row
 * is put back as it was, and the chain must be intact again, so the cases do not hide each other.
 */
@MicronautTest(transactional = false)
class AuditChainTamperingHttpTest extends DatabaseTest {
  private static final String VERIFY =
      "{ verifyAuditChain { eventsChecked intact firstBroken { sequence eventId problem } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;
  @Inject TransactionOperations<Connection> transactions;

  private ApiClient api;
  private String auditorToken;
  private final List<AuditEvent> written = new ArrayList<>();

  @BeforeAll
  void fiveRealEventsAndNoTriggers() {
    api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    auditorToken = api.login(world.user("kansa", world.meti, Role.AUDITOR), World.PASSWORD);
    CaseId caseId = CaseId.random();
    for (String action : List.of("CREATED", "UPDATED", "SUBMITTED", "REVIEWED", "CLOSED")) {
      written.add(
          auditLog.append(
              new AuditEntry(
                  Instant.parse("2026-04-07T01:30:00.123Z"),
                  UserId.random(),
                  "𠮷田 太郎",
                  OrganisationId.random(),
                  caseId,
                  "PRE_REPORT_" + action,
                  AuditOutcome.ACCEPTED,
                  "事前報告 " + action)));
    }
    if (TestDatabase.isPostgres()) {
      execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
    } else {
      execute("DROP TRIGGER audit_event_no_update");
      execute("DROP TRIGGER audit_event_no_delete");
    }
  }

  /** The middle one of the five events written. */
  private AuditEvent target() {
    return written.get(2);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "summary            | 'nothing happened'",
        "action             | 'PRE_REPORT_WITHDRAWN'",
        "actor_name         | 'someone else'",
        "actor_id           | '00000000-0000-4000-8000-000000000001'",
        "actor_organisation | '00000000-0000-4000-8000-000000000002'",
        "occurred_at        | occurred_at + 1",
        "case_id            | '00000000-0000-4000-8000-000000000003'",
        "case_id            | NULL",
        "outcome            | 'REJECTED'",
        "hash               | 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'",
        "previous_hash      | 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee'"
      })
  void anEditedColumnIsReportedAtItsRow(String column, String newValue) {
    long sequence = target().sequence();
    Map<String, Object> original = row(sequence);
    try {
      execute(
          "UPDATE audit_event SET " + column + " = " + newValue + " WHERE sequence = " + sequence);

      Map<String, Object> broken = firstBroken();

      assertEquals(sequence, ((Number) broken.get("sequence")).longValue(), broken.toString());
      assertEquals(target().id().toString(), broken.get("eventId"));
    } finally {
      replace(sequence, original);
    }
    assertIntact();
  }

  @Test
  void anOutcomeTaiwaNeverWritesIsReportedAsAnUnreadableRow() {
    long sequence = target().sequence();
    Map<String, Object> original = row(sequence);
    try {
      execute("UPDATE audit_event SET outcome = 'FORGED' WHERE sequence = " + sequence);

      Map<String, Object> broken = firstBroken();

      assertEquals(sequence, ((Number) broken.get("sequence")).longValue());
      assertEquals(target().id().toString(), broken.get("eventId"));
      assertTrue(broken.get("problem").toString().contains("cannot be read"), broken.toString());
    } finally {
      replace(sequence, original);
    }
    assertIntact();
  }

  @Test
  void aDeletedMiddleRowIsReportedAtItsSequence() {
    long sequence = target().sequence();
    Map<String, Object> original = row(sequence);
    try {
      execute("DELETE FROM audit_event WHERE sequence = " + sequence);

      Map<String, Object> broken = firstBroken();

      assertEquals(sequence, ((Number) broken.get("sequence")).longValue());
      assertNull(broken.get("eventId"));
      assertEquals(
          "event " + sequence + " is missing: the next stored event is " + (sequence + 1),
          broken.get("problem"));
    } finally {
      insert(original);
    }
    assertIntact();
  }

  @Test
  void aDeletedLastRowIsReportedThroughTheChainHead() {
    long last = lastSequence();
    Map<String, Object> original = row(last);
    try {
      execute("DELETE FROM audit_event WHERE sequence = " + last);

      Map<String, Object> broken = firstBroken();

      assertEquals(last, ((Number) broken.get("sequence")).longValue());
      assertNull(broken.get("eventId"));
      assertTrue(broken.get("problem").toString().contains("chain head"), broken.toString());
    } finally {
      insert(original);
    }
    assertIntact();
  }

  private Map<String, Object> firstBroken() {
    GraphQLResponse report = api.graphql(auditorToken, VERIFY);
    assertEquals(List.of(), report.errors());
    assertEquals(false, report.at("verifyAuditChain.intact"));
    return report.at("verifyAuditChain.firstBroken");
  }

  private void assertIntact() {
    GraphQLResponse report = api.graphql(auditorToken, VERIFY);
    assertEquals(true, report.at("verifyAuditChain.intact"), report.body().toString());
  }

  private long lastSequence() {
    return transactions.executeRead(
        status -> {
          try (Statement statement = status.getConnection().createStatement();
              ResultSet rows = statement.executeQuery("SELECT MAX(sequence) FROM audit_event")) {
            rows.next();
            return rows.getLong(1);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** Every column of the stored row, by name. */
  private Map<String, Object> row(long sequence) {
    return transactions.executeRead(
        status -> {
          try (Statement statement = status.getConnection().createStatement();
              ResultSet rows =
                  statement.executeQuery(
                      "SELECT * FROM audit_event WHERE sequence = " + sequence)) {
            assertTrue(rows.next(), "row " + sequence);
            ResultSetMetaData meta = rows.getMetaData();
            Map<String, Object> columns = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              columns.put(meta.getColumnName(i), rows.getObject(i));
            }
            return columns;
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private void replace(long sequence, Map<String, Object> original) {
    execute("DELETE FROM audit_event WHERE sequence = " + sequence);
    insert(original);
  }

  private void insert(Map<String, Object> row) {
    String columns = String.join(", ", row.keySet());
    String marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
    transactions.executeWrite(
        status -> {
          try (PreparedStatement statement =
              status
                  .getConnection()
                  .prepareStatement(
                      "INSERT INTO audit_event (" + columns + ") VALUES (" + marks + ")")) {
            int index = 1;
            for (Object value : row.values()) {
              statement.setObject(index++, value);
            }
            return statement.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private void execute(String sql) {
    transactions.executeWrite(
        status -> {
          try (Statement statement = status.getConnection().createStatement()) {
            return statement.executeUpdate(sql);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
