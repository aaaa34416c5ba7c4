package dev.taiwa.service.wiring;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.screening.application.CounterpartyScreening;
import dev.taiwa.cases.screening.application.ScreeningListCommands;
import dev.taiwa.cases.screening.matching.NameMatching;
import dev.taiwa.cases.screening.model.ScreeningThreshold;
import dev.taiwa.cases.screening.port.ListVersions;
import dev.taiwa.cases.screening.port.NameFolding;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The screening use cases: list imports and counterparty screening (issue 18). */
@Factory
class ScreeningFactory {

  /** Rule {@code screening.matchThreshold} ({@code taiwa.rules.screening.match-threshold}). */
  @Singleton
  NameMatching nameMatching(
      NameFolding folding,
      @Value("${taiwa.rules.screening.match-threshold:0.93}") double threshold) {
    return new NameMatching(folding, new ScreeningThreshold(threshold));
  }

  @Singleton
  ScreeningListCommands screeningListCommands(
      ListVersions versions, AuditLog auditLog, UnitOfWork unitOfWork, Clock clock) {
    return new ScreeningListCommands(versions, auditLog, unitOfWork, clock);
  }

  @Singleton
  CounterpartyScreening counterpartyScreening(ListVersions versions, NameMatching matching) {
    return new CounterpartyScreening(versions, matching);
  }
}
