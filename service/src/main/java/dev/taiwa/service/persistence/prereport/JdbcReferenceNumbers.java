package dev.taiwa.service.persistence.prereport;

import dev.taiwa.cases.prereport.port.ReferenceNumbers;
import dev.taiwa.service.persistence.kernel.PerTransaction;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link ReferenceNumbers} kept in {@code reference_sequence}, one row per prefix and year. A
 * transaction's first number of a prefix and year is taken in one statement (an upsert that answers
 * the new value; SQLite and PostgreSQL both have {@code ON CONFLICT ... RETURNING}), which
 * write-locks the row until the transaction ends, so no two transactions get the same number. Its
 * further numbers of that prefix and year are counted on from there without a statement, and the
 * last one is stored with one {@code UPDATE} just before the transaction commits (an import's batch
 * of 500 reports: two statements, not 500). Numbers taken by a transaction that rolls back are
 * handed out again, so numbers of stored cases never repeat and gaps stay rare.
 */
@Singleton
public class JdbcReferenceNumbers implements ReferenceNumbers {
  private static final String NEXT =
      "INSERT INTO reference_sequence (prefix, year, last_value) VALUES (?, ?, 1)"
          + " ON CONFLICT (prefix, year) DO UPDATE SET last_value = reference_sequence.last_value + 1"
          + " RETURNING last_value";
  private static final String STORE =
      "UPDATE reference_sequence SET last_value = ? WHERE prefix = ? AND year = ?";

  private final SqlStatements sql;
  private final PerTransaction<Map<Sequence, Taken>> taken;

  public JdbcReferenceNumbers(SqlStatements sql, TransactionOperations<Connection> transactions) {
    this.sql = sql;
    this.taken = new PerTransaction<>(transactions, this::store);
  }

  /**
   * A sequence the current transaction already counted on hands its next number without a statement
   * and without joining the transaction again; the first number of a sequence in a transaction is
   * taken from the database ({@link #nextStored}).
   */
  @Override
  public long next(String prefix, int year) {
    Taken counted =
        taken.existing().map(sequences -> sequences.get(new Sequence(prefix, year))).orElse(null);
    if (counted != null) {
      return counted.take();
    }
    return nextStored(prefix, year);
  }

  /** {@link #next} in the caller's transaction or one of its own. */
  @Transactional
  public long nextStored(String prefix, int year) {
    Map<Sequence, Taken> sequences =
        taken
            .current(HashMap::new)
            .orElseThrow(() -> new IllegalStateException("a number needs a transaction"));
    Sequence sequence = new Sequence(prefix, year);
    Taken counted = sequences.get(sequence);
    if (counted == null) {
      long first = sql.query(NEXT, row -> row.getLong(1), prefix, year).get(0);
      sequences.put(sequence, new Taken(first));
      return first;
    }
    return counted.take();
  }

  /** Stores the last number of each sequence the transaction counted on without a statement. */
  private void store(Map<Sequence, Taken> sequences) {
    sequences.forEach(
        (sequence, counted) -> {
          if (counted.unstored) {
            sql.update(STORE, counted.last, sequence.prefix(), sequence.year());
            counted.unstored = false;
          }
        });
  }

  private record Sequence(String prefix, int year) {}

  /** The last number a transaction took of one sequence, and whether the row still lags behind. */
  private static final class Taken {
    private long last;
    private boolean unstored;

    private Taken(long first) {
      this.last = first;
    }

    /** The next number, which the row does not hold yet. */
    private long take() {
      last++;
      unstored = true;
      return last;
    }
  }
}
