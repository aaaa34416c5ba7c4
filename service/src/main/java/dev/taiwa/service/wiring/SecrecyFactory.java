package dev.taiwa.service.wiring;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationQueries;
import dev.taiwa.cases.secrecy.WithheldCases;
import dev.taiwa.cases.secrecy.WithholdableCases;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Set;

/**
 * Which cases are withheld from a caller, each kind by its own queries (both ask {@link
 * dev.taiwa.cases.secrecy.Secrecy}): patent applications whose content is secret without the
 * caller's need-to-know, and prior-confirmation requests the caller may not see. Pre-reports are
 * never withheld. One read first sorts the ids by kind ({@link WithholdableCases}), so ids that
 * name no such case (a timeline's meetings and concerns) cost that one read, and each kind's rules
 * are asked only about ids of its kind.
 */
@Factory
final class SecrecyFactory {

  @Singleton
  WithheldCases withheldCases(
      WithholdableCases kinds, PatentQueries patents, PriorConfirmationQueries confirmations) {
    return (actor, ids) -> {
      if (ids.isEmpty()) {
        return Set.of();
      }
      WithholdableCases.Found found = kinds.among(ids);
      Set<CaseId> withheld = new HashSet<>();
      if (!found.patentApplications().isEmpty()) {
        withheld.addAll(patents.withheldAmong(actor, found.patentApplications()));
      }
      if (!found.priorConfirmations().isEmpty()) {
        withheld.addAll(confirmations.withheldAmong(actor, found.priorConfirmations()));
      }
      return withheld;
    };
  }
}
