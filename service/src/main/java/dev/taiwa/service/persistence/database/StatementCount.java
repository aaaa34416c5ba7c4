package dev.taiwa.service.persistence.database;

import dev.taiwa.service.persistence.kernel.HeldWrites;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * How many JDBC statements the application has executed through its data source since start: each
 * {@code execute}, {@code executeQuery}, {@code executeUpdate} or {@code executeBatch} counts one.
 * Transaction control the drivers run by themselves (BEGIN, COMMIT, SQLite's {@code PRAGMA
 * query_only} behind {@code setReadOnly}) is not counted. Read it before and after a request to see
 * what the request cost; the benchmark and the statements-per-request tests do.
 *
 * <p>The pool is wrapped ({@link ExecutionHooks}) before Micronaut wraps it for its connection and
 * transaction management, so every connection the application uses is counted; the count is one
 * {@link LongAdder} increment per statement, and nothing about the statement is recorded. Before
 * each statement, the rows the transaction's stores hold back are written ({@link HeldWrites}), so
 * the statement sees them.
 */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class StatementCount implements BeanCreatedEventListener<DataSource>, Ordered {
  private final LongAdder executed = new LongAdder();
  private final HeldWrites held;

  StatementCount(HeldWrites held) {
    this.held = held;
  }

  /** The statements executed through the application's data source since start. */
  public long executed() {
    return executed.sum();
  }

  @Override
  public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
    return ExecutionHooks.around(event.getBean(), held::beforeStatement, executed::increment);
  }

  /** Before Micronaut's own wrapper, which must stay the outermost one. */
  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }
}
