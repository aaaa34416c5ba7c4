package dev.taiwa.service.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.audit.ChainVerification;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database whose audit log was written with a unique index on the hash (up to V39)
 * keeps the log whole: V40 rebuilds {@code audit_event} on SQLite without it, and afterwards the
 * chain written before still verifies, a case's trail still shows its events, and new events chain
 * on from the last old one.
 */
class AuditLogUpgradeTest {
  private static final CaseId CASE = CaseId.random();

  @Test
  void theChainWrittenBeforeTheUpgradeStillVerifiesAndGoesOn() throws Exception {
    Map<String, Object> properties = new HashMap<>(TestDatabase.freshProperties());
    properties.put("micronaut.server.port", -1);
    properties.put("taiwa.demo-data", false);
    properties.put("taiwa.deadlines.sweep.enabled", false);
    String[] database = TestDatabase.migratedTo(properties, "39");
    long before;
    try (Connection connection =
        DriverManager.getConnection(database[0], database[1], database[2])) {
      before = appendThree(connection);
    }

    try (ApplicationContext service = ApplicationContext.run(properties)) {
      AuditTrail trail = service.getBean(AuditTrail.class);
      ChainVerification upgraded = trail.verifyWithoutRecording();
      assertTrue(upgraded.intact(), "after V40: " + upgraded);
      assertEquals(before, upgraded.eventsChecked());
      AuditLog log = service.getBean(AuditLog.class);
      assertEquals(
          List.of("before upgrade 1", "before upgrade 2", "before upgrade 3"),
          log.trail(CASE).stream().map(event -> event.entry().summary()).toList());

      log.append(entry("after upgrade"));
      ChainVerification extended = trail.verifyWithoutRecording();
      assertTrue(extended.intact(), "after a new event: " + extended);
      assertEquals(before + 1, extended.eventsChecked());
      assertEquals(4, log.trail(CASE).size());
    }
  }

  /**
   * Appends three events of {@link #CASE} as the code before V40 wrote them, chained on the head;
   * returns how many events the log then holds.
   */
  private static long appendThree(Connection connection) throws SQLException {
    long sequence;
    String hash;
    try (PreparedStatement read =
            connection.prepareStatement(
                "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1");
        ResultSet head = read.executeQuery()) {
      head.next();
      sequence = head.getLong(1);
      hash = head.getString(2);
    }
    for (int i = 1; i <= 3; i++) {
      AuditEvent event = AuditEvent.chained(++sequence, entry("before upgrade " + i), hash);
      AuditEventRow row = AuditEventMapper.toRow(event);
      try (PreparedStatement insert = connection.prepareStatement(PendingChains.INSERT)) {
        List<Object> values = PendingChains.insertValues(row);
        for (int column = 0; column < values.size(); column++) {
          insert.setObject(column + 1, values.get(column));
        }
        insert.executeUpdate();
      }
      hash = event.hash();
    }
    try (PreparedStatement advance =
        connection.prepareStatement(
            "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
      advance.setLong(1, sequence);
      advance.setString(2, hash);
      advance.executeUpdate();
    }
    return sequence;
  }

  private static AuditEntry entry(String summary) {
    return new AuditEntry(
        Instant.now(),
        null,
        null,
        null,
        CASE,
        AuditAction.PRE_REPORT_DRAFT_UPDATED,
        AuditOutcome.ACCEPTED,
        summary);
  }
}
