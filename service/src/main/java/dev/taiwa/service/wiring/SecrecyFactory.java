package dev.taiwa.service.wiring;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationQueries;
import dev.taiwa.cases.secrecy.WithheldCases;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Set;

/**
 * Which cases are withheld from a caller, each kind by its own queries (both ask {@link
 * dev.taiwa.cases.secrecy.Secrecy}): patent applications whose content is secret without the
 * caller's need-to-know, and prior-confirmation requests the caller may not see. Pre-reports are
 * never withheld.
 */
@Factory
final class SecrecyFactory {

  @Singleton
  WithheldCases withheldCases(PatentQueries patents, PriorConfirmationQueries confirmations) {
    return (actor, ids) -> {
      if (ids.isEmpty()) {
        return Set.of();
      }
      Set<CaseId> withheld = new HashSet<>(patents.withheldAmong(actor, ids));
      withheld.addAll(confirmations.withheldAmong(actor, ids));
      return withheld;
    };
  }
}
