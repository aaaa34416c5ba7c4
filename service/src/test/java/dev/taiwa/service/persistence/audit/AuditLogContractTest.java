package dev.taiwa.service.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditChainHead;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditFilter;
import dev.taiwa.cases.audit.AuditHash;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.AuditPageRequest;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@MicronautTest(transactional = false, startApplication = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditLogContractTest extends DatabaseTest {
  @Inject AuditLog log;
  @Inject UnitOfWork unitOfWork;
  @Inject TransactionOperations<Connection> transactions;

  private static AuditEntry anEntry(CaseId caseId, String action) {
    return new AuditEntry(
        Instant.parse("2026-04-07T08:15:30.789Z"),
        UserId.random(),
        "𠮷田 太郎",
        OrganisationId.random(),
        caseId,
        action,
        AuditOutcome.ACCEPTED,
        "事前報告を提出した / submitted");
  }

  private List<AuditEvent> everything() {
    List<AuditEvent> events = new ArrayList<>();
    log.forEach(events::add);
    return events;
  }

  @Test
  @Order(1)
  void theFirstEventFollowsGenesisAndEachNextLinksToThePrevious() {
    AuditEvent first = log.append(anEntry(CaseId.random(), "SUBMIT"));
    AuditEvent second = log.append(anEntry(CaseId.random(), "START_REVIEW"));

    assertEquals(1, first.sequence());
    assertEquals(AuditHash.GENESIS, first.previousHash());
    assertEquals(2, second.sequence());
    assertEquals(first.hash(), second.previousHash());
    assertTrue(AuditHash.matches(first));
    assertTrue(AuditHash.matches(second));
    assertEquals(List.of(first, second), everything());
  }

  @Test
  void anEventComesBackWithEveryFieldIncludingAbsentActorAndCase() {
    AuditEntry system =
        new AuditEntry(
            Instant.parse("2026-04-07T00:00:00.001Z"),
            null,
            null,
            null,
            null,
            "DEADLINE_SWEEP",
            AuditOutcome.READ,
            "nightly sweep");
    AuditEvent appended = log.append(system);

    AuditEvent stored =
        everything().stream().filter(e -> e.sequence() == appended.sequence()).findFirst().get();

    assertEquals(appended, stored);
    assertTrue(AuditHash.matches(stored));
  }

  @Test
  void theTrailOfACaseHoldsOnlyItsEventsOldestFirst() {
    CaseId caseId = CaseId.random();
    AuditEvent created = log.append(anEntry(caseId, "CREATE_DRAFT"));
    log.append(anEntry(CaseId.random(), "CREATE_DRAFT"));
    AuditEvent submitted = log.append(anEntry(caseId, "SUBMIT"));

    assertEquals(List.of(created, submitted), log.trail(caseId));
  }

  @Test
  void aBatchAppendChainsItsEventsAsOneByOneAppendsWouldBetweenOthers() {
    CaseId caseId = CaseId.random();
    AuditEvent before = log.append(anEntry(caseId, "BEFORE"));
    List<AuditEvent> batch =
        log.appendAll(
            List.of(
                anEntry(caseId, "READ_1"),
                anEntry(CaseId.random(), "READ_2"),
                anEntry(caseId, "READ_3")));
    AuditEvent after = log.append(anEntry(caseId, "AFTER"));

    assertEquals(
        List.of(before.sequence() + 1, before.sequence() + 2, before.sequence() + 3),
        batch.stream().map(AuditEvent::sequence).toList());
    assertEquals(before.hash(), batch.get(0).previousHash());
    assertEquals(batch.get(2).hash(), after.previousHash());
    assertEquals(List.of(before, batch.get(0), batch.get(2), after), log.trail(caseId));
    assertEquals(List.of(), log.appendAll(List.of()));
    assertEquals(new AuditChainHead(after.sequence(), after.hash()), log.head());
    assertChainIntact(everything());
  }

  @Test
  void theTrailsOfSeveralCasesAreEachCasesOwnOldestFirst() {
    CaseId one = CaseId.random();
    CaseId two = CaseId.random();
    CaseId none = CaseId.random();
    AuditEvent first = log.append(anEntry(one, "CREATE_DRAFT"));
    AuditEvent second = log.append(anEntry(two, "CREATE_DRAFT"));
    AuditEvent third = log.append(anEntry(one, "SUBMIT"));

    var trails = log.trails(List.of(one, two, none));

    assertEquals(List.of(first, third), trails.get(one));
    assertEquals(List.of(second), trails.get(two));
    assertEquals(List.of(), trails.get(none));
  }

  @Test
  void forEachVisitsTheWholeChainInOrderAcrossBatches() {
    unitOfWork.inTransaction(
        () -> {
          for (int i = 0; i < JdbcAuditLog.BATCH_SIZE + 7; i++) {
            log.append(anEntry(CaseId.random(), "BULK"));
          }
          return null;
        });

    List<AuditEvent> events = everything();

    assertTrue(events.size() > JdbcAuditLog.BATCH_SIZE);
    assertChainIntact(events);
  }

  @Test
  void concurrentAppendersNeverForkTheChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int appender = 0; appender < 4; appender++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 10; i++) {
                    log.append(anEntry(CaseId.random(), "CONCURRENT"));
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertChainIntact(everything());
  }

  @Test
  void anAppendRolledBackWithItsTransactionLeavesNoEventAndNoGap() {
    CaseId caseId = CaseId.random();

    assertThrows(
        IllegalStateException.class,
        () ->
            unitOfWork.inTransaction(
                () -> {
                  log.append(anEntry(caseId, "SUBMIT"));
                  throw new IllegalStateException("the case change failed");
                }));
    log.append(anEntry(CaseId.random(), "AFTERWARDS"));

    assertTrue(log.trail(caseId).isEmpty());
    assertChainIntact(everything());
  }

  @Test
  void manyAppendsOfOneTransactionChainInOrderAndItsOwnReadsSeeThem() {
    CaseId caseId = CaseId.random();

    List<AuditEvent> appended =
        unitOfWork.inTransaction(
            () -> {
              List<AuditEvent> events = new ArrayList<>();
              for (int i = 0; i < 5; i++) {
                events.add(log.append(anEntry(caseId, "STEP_" + i)));
              }
              assertEquals(events, log.trail(caseId), "the transaction reads its own appends");
              AuditEvent last = events.get(events.size() - 1);
              assertEquals(new AuditChainHead(last.sequence(), last.hash()), log.head());
              events.add(log.append(anEntry(caseId, "AFTER_A_READ")));
              return events;
            });
    AuditEvent next = log.append(anEntry(CaseId.random(), "NEXT_TRANSACTION"));

    assertEquals(appended, log.trail(caseId));
    assertEquals(appended.get(appended.size() - 1).hash(), next.previousHash());
    assertEquals(new AuditChainHead(next.sequence(), next.hash()), log.head());
    assertChainIntact(everything());
  }

  @Test
  void theDatabaseRefusesToUpdateOrDeleteAnAuditEvent() {
    log.append(anEntry(CaseId.random(), "PROTECTED"));

    assertRefusedAsAppendOnly(() -> execute("UPDATE audit_event SET summary = 'x'"));
    assertRefusedAsAppendOnly(() -> execute("DELETE FROM audit_event"));
    assertChainIntact(everything());
  }

  @Test
  void theHeadRecordsTheLastEventAppended() {
    AuditEvent last = log.append(anEntry(CaseId.random(), "HEAD"));

    assertEquals(new AuditChainHead(last.sequence(), last.hash()), log.head());
  }

  @Test
  void aSearchFiltersInTheStoreNewestFirstAndCountsEveryMatch() {
    CaseId caseId = CaseId.random();
    UserId someone = UserId.random();
    AuditEvent early = log.append(at(caseId, someone, "SEARCH_A", "2026-04-06T14:59:59.999Z"));
    AuditEvent inDay = log.append(at(caseId, someone, "SEARCH_B", "2026-04-06T15:00:00Z"));
    AuditEvent other = log.append(at(CaseId.random(), someone, "SEARCH_A", "2026-04-07T10:00:00Z"));
    AuditEvent late = log.append(at(caseId, UserId.random(), "SEARCH_A", "2026-04-07T15:00:00Z"));
    AuditFilter byActor = AuditFilter.none().withActorId(someone);

    assertEquals(List.of(other, inDay, early), search(byActor, 10).items());
    assertEquals(
        List.of(late, inDay, early), search(AuditFilter.none().withCase(caseId), 10).items());
    assertEquals(
        List.of(late, other, early),
        search(AuditFilter.none().withActions(Set.of("SEARCH_A")), 10).items());
    assertEquals(
        List.of(other, inDay),
        search(
                byActor.withPeriod(
                    AuditFilter.startOf(LocalDate.of(2026, 4, 7)),
                    AuditFilter.endOf(LocalDate.of(2026, 4, 7))),
                10)
            .items());
    assertEquals(
        List.of(early),
        search(
                byActor
                    .withActorName("𠮷田 太郎")
                    .withActions(Set.of("SEARCH_A", "X"))
                    .withPeriod(null, Instant.parse("2026-04-06T15:00:00Z")),
                10)
            .items());
  }

  @Test
  void aSearchPagesByTheLastSequenceSeen() {
    CaseId caseId = CaseId.random();
    List<AuditEvent> appended = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      appended.add(log.append(anEntry(caseId, "PAGED")));
    }
    AuditFilter filter = AuditFilter.none().withCase(caseId);

    Page<AuditEvent> first = search(filter, 2);
    Page<AuditEvent> last = log.search(filter, new AuditPageRequest(2, appended.get(1).sequence()));

    assertEquals(List.of(appended.get(4), appended.get(3)), first.items());
    assertTrue(first.hasNext());
    assertEquals(5, first.totalCount());
    assertEquals(List.of(appended.get(0)), last.items());
    assertFalse(last.hasNext());
  }

  @Test
  void filedCaseEventsOnlyLeavesOutEventsAboutNoCase() {
    log.append(anEntry(null, "NO_CASE_EVENT"));

    assertEquals(
        0,
        search(
                AuditFilter.none().withActions(Set.of("NO_CASE_EVENT")).withFiledCaseEventsOnly(),
                10)
            .totalCount());
    assertEquals(
        1, search(AuditFilter.none().withActions(Set.of("NO_CASE_EVENT")), 10).totalCount());
  }

  private Page<AuditEvent> search(AuditFilter filter, int first) {
    return log.search(filter, AuditPageRequest.firstPage(first));
  }

  private static AuditEntry at(CaseId caseId, UserId actor, String action, String instant) {
    return new AuditEntry(
        Instant.parse(instant),
        actor,
        "𠮷田 太郎",
        OrganisationId.random(),
        caseId,
        action,
        AuditOutcome.ACCEPTED,
        "search");
  }

  private static void assertRefusedAsAppendOnly(Runnable write) {
    RuntimeException refused = assertThrows(RuntimeException.class, write::run);
    boolean byTrigger = false;
    for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
      byTrigger |= String.valueOf(cause.getMessage()).contains("audit_event is append-only");
    }
    assertTrue(byTrigger, "refused by the append-only trigger: " + refused);
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

  private static void assertChainIntact(List<AuditEvent> events) {
    String previous = AuditHash.GENESIS;
    for (int i = 0; i < events.size(); i++) {
      AuditEvent event = events.get(i);
      assertEquals(i + 1, event.sequence());
      assertEquals(previous, event.previousHash(), "link of event " + event.sequence());
      assertTrue(AuditHash.matches(event), "hash of event " + event.sequence());
      previous = event.hash();
    }
  }
}
