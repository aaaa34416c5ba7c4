package dev.taiwa.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.imports.ImportKeyScope;
import dev.taiwa.cases.imports.ImportKeys;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database whose import keys were global (V14 to V38) keeps every key effective: a
 * pre-report key stays imported for the organisation of the pre-report it created (and only for
 * it), a patent application number stays imported nationwide. The database is migrated to V38 only,
 * the keys are stored as the old code stored them, then the service starts on it (running V39).
 */
class ImportKeysUpgradeTest {
  private static final OrganisationId ALPHA = OrganisationId.random();
  private static final OrganisationId BETA = OrganisationId.random();

  @Test
  void keysImportedBeforeTheUpgradeStayImportedForTheirOwnOrganisationOnly() throws Exception {
    Map<String, Object> properties = new HashMap<>(TestDatabase.freshProperties());
    properties.put("micronaut.server.port", -1);
    properties.put("taiwa.demo-data", false);
    properties.put("taiwa.deadlines.sweep.enabled", false);
    String[] database = TestDatabase.migratedTo(properties, "38");
    try (Connection connection =
        DriverManager.getConnection(database[0], database[1], database[2])) {
      organisation(connection, ALPHA, "アルファ電材株式会社");
      organisation(connection, BETA, "ベータ化学株式会社");
      UserId alphaFiler = filer(connection, "u-alpha", ALPHA);
      filer(connection, "u-beta", BETA);
      UUID report = preReport(connection, ALPHA, alphaFiler);
      oldKey(connection, PreReportRows.KIND, "R-001", report);
      oldKey(connection, PatentRows.KIND, "2025-000001", UUID.randomUUID());
    }

    try (ApplicationContext service = ApplicationContext.run(properties)) {
      ImportKeys keys = service.getBean(ImportKeys.class);
      List<String> asked = List.of("R-001", "R-002");
      assertEquals(
          Set.of("R-001"), keys.known(ImportKeyScope.of(PreReportRows.KIND, ALPHA), asked));
      assertEquals(Set.of(), keys.known(ImportKeyScope.of(PreReportRows.KIND, BETA), asked));
      assertEquals(
          Set.of("2025-000001"),
          keys.known(ImportKeyScope.nationwide(PatentRows.KIND), List.of("2025-000001")));

      ImportRunner imports = new ImportRunner(service);
      ImportSummary alphaAgain = imports.preReports("u-alpha", List.of("R-001"), "アルファ");
      assertEquals(
          0, alphaAgain.created(), "alpha's row imported before the upgrade: " + alphaAgain);
      assertEquals(1, alphaAgain.alreadyImported());
      ImportSummary beta = imports.preReports("u-beta", List.of("R-001"), "ベータ");
      assertEquals(1, beta.created(), "beta's own R-001 is a new row: " + beta);
    }
  }

  private static void organisation(Connection connection, OrganisationId id, String name)
      throws SQLException {
    update(
        connection, "INSERT INTO organisation (id, name, kind) VALUES (?, ?, 'COMPANY')", id, name);
  }

  private static UserId filer(Connection connection, String username, OrganisationId organisation)
      throws SQLException {
    UserId id = UserId.random();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO user_account (id, username, display_name, organisation_id, roles,"
                + " password_hash, enabled, created_at) VALUES (?, ?, ?, ?, 'FILER', 'x', ?, ?)")) {
      insert.setString(1, id.toString());
      insert.setString(2, username);
      insert.setString(3, username);
      insert.setString(4, organisation.toString());
      insert.setBoolean(5, true);
      insert.setLong(6, System.currentTimeMillis());
      insert.executeUpdate();
    }
    return id;
  }

  private static UUID preReport(Connection connection, OrganisationId organisation, UserId by)
      throws SQLException {
    UUID id = UUID.randomUUID();
    long now = System.currentTimeMillis();
    update(
        connection,
        "INSERT INTO pre_report (id, reference, organisation_id, created_by, state, created_at,"
            + " updated_at, version) VALUES (?, 'PR-2000-000001', ?, ?, 'DRAFT', ?, ?, 0)",
        id,
        organisation,
        by,
        now,
        now);
    return id;
  }

  /** A key as V14 to V38 stored it: no organisation. */
  private static void oldKey(Connection connection, String kind, String key, UUID caseId)
      throws SQLException {
    update(
        connection,
        "INSERT INTO import_key (kind, import_key, case_id, imported_at) VALUES (?, ?, ?, ?)",
        kind,
        key,
        caseId,
        System.currentTimeMillis());
  }

  private static void update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof Long number) {
          statement.setLong(i + 1, number);
        } else {
          statement.setString(i + 1, values[i].toString());
        }
      }
      statement.executeUpdate();
    }
  }
}
