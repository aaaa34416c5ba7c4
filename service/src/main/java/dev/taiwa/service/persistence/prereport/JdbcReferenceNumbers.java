package dev.taiwa.service.persistence.prereport;

import dev.taiwa.cases.prereport.port.ReferenceNumbers;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * {@link ReferenceNumbers} kept in {@code reference_sequence}, one row per prefix and year. Joins
 * the caller's transaction: a number taken by a transaction that rolls back is handed out again, so
 * numbers of stored cases never repeat and gaps stay rare.
 */
@Singleton
public class JdbcReferenceNumbers implements ReferenceNumbers {
  private final ReferenceSequenceRepository repository;

  public JdbcReferenceNumbers(ReferenceSequenceRepository repository) {
    this.repository = repository;
  }

  @Override
  @Transactional
  public long next(String prefix, int year) {
    repository.createIfMissing(prefix, year);
    repository.increment(prefix, year);
    return repository.lastValue(prefix, year);
  }
}
