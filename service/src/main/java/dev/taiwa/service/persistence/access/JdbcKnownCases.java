package dev.taiwa.service.persistence.access;

import dev.taiwa.cases.access.port.KnownCases;
import dev.taiwa.cases.kernel.CaseId;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

/**
 * {@link KnownCases} over every case table: {@code pre_report}, {@code patent_application} and
 * {@code prior_confirmation} (see {@link KnownCaseRepository#countCases}).
 */
@Singleton
public class JdbcKnownCases implements KnownCases {
  private final KnownCaseRepository repository;

  public JdbcKnownCases(KnownCaseRepository repository) {
    this.repository = repository;
  }

  @Override
  @ReadOnly
  public boolean exists(CaseId caseId) {
    return repository.countCases(caseId.toString()) > 0;
  }
}
