package dev.taiwa.cases.audit;

import static dev.taiwa.cases.audit.AuditEntryFixture.anEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AuditedReadsTest {
  private final CaseId secretCase = CaseId.random();
  private final Transactions transactions = new Transactions();
  private final StoreOnlyInWrites log = new StoreOnlyInWrites(transactions);
  private final AuditedReads reads = new AuditedReads(transactions, log);

  @Test
  void theReadTakesNoWriteLockAndItsAuditEntriesAreStoredInOneShortWriteAfterIt() {
    String content =
        reads.read(
            audit -> {
              audit.accept(secretRead());
              audit.accept(secretRead());
              return "秘密の請求項";
            });

    assertEquals("秘密の請求項", content);
    assertEquals(List.of("read-only", "write"), transactions.opened);
    assertEquals(2, log.trail(secretCase).size());
  }

  @Test
  void whenTheAuditEntryCannotBeStoredTheCallerGetsTheFailureNotTheContent() {
    log.failing = true;
    List<String> returned = new ArrayList<>();

    assertThrows(
        IllegalStateException.class,
        () ->
            returned.add(
                reads.read(
                    audit -> {
                      audit.accept(secretRead());
                      return "秘密の請求項";
                    })));

    assertEquals(List.of(), returned);
    assertEquals(List.of(), log.trail(secretCase));
  }

  @Test
  void aReadThatDisclosesNothingSecretWritesNothing() {
    assertEquals("番号と状態", reads.read(audit -> "番号と状態"));

    assertEquals(List.of("read-only"), transactions.opened);
  }

  private AuditEntry secretRead() {
    return anEntry().about(secretCase).action("SECRET_CONTENT_READ").build();
  }

  /** Records the transactions opened, and whether one is open and writable now. */
  private static final class Transactions implements UnitOfWork {
    final List<String> opened = new ArrayList<>();
    String current;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      return run("write", work);
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
      return run("read-only", work);
    }

    private <T> T run(String kind, Supplier<T> work) {
      opened.add(kind);
      current = kind;
      try {
        return work.get();
      } finally {
        current = null;
      }
    }
  }

  /** The in-memory chain, refusing appends outside a write transaction as a read-only one would. */
  private static final class StoreOnlyInWrites implements AuditLog {
    private final InMemoryAuditLog chain = new InMemoryAuditLog();
    private final Transactions transactions;
    boolean failing;

    StoreOnlyInWrites(Transactions transactions) {
      this.transactions = transactions;
    }

    @Override
    public AuditEvent append(AuditEntry entry) {
      if (failing || !"write".equals(transactions.current)) {
        throw new IllegalStateException("attempt to write a readonly database");
      }
      return chain.append(entry);
    }

    @Override
    public List<AuditEvent> trail(CaseId caseId) {
      return chain.trail(caseId);
    }

    @Override
    public Page<AuditEvent> search(AuditFilter filter, AuditPageRequest page) {
      return chain.search(filter, page);
    }

    @Override
    public void forEach(Consumer<AuditEvent> sink) {
      chain.forEach(sink);
    }

    @Override
    public AuditChainHead head() {
      return chain.head();
    }
  }
}
