package dev.taiwa.graphql.patent;

import dev.taiwa.cases.patent.compensation.application.CompensationCommands;
import dev.taiwa.cases.patent.compensation.application.CompensationQueries;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationCommands;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationQueries;
import dev.taiwa.cases.patent.link.application.PreReportLinkCommands;
import dev.taiwa.cases.patent.link.application.PreReportLinkQueries;
import java.util.Objects;

/**
 * The Track B use cases beyond the application itself: prior confirmations (事前確認) and compensation
 * claims (損失補償).
 */
public record PatentExtraServices(
    PriorConfirmationCommands priorConfirmationCommands,
    PriorConfirmationQueries priorConfirmationQueries,
    CompensationCommands compensationCommands,
    CompensationQueries compensationQueries,
    PreReportLinkCommands preReportLinkCommands,
    PreReportLinkQueries preReportLinkQueries) {
  public PatentExtraServices {
    Objects.requireNonNull(priorConfirmationCommands, "prior-confirmation commands");
    Objects.requireNonNull(priorConfirmationQueries, "prior-confirmation queries");
    Objects.requireNonNull(compensationCommands, "compensation commands");
    Objects.requireNonNull(compensationQueries, "compensation queries");
    Objects.requireNonNull(preReportLinkCommands, "link commands");
    Objects.requireNonNull(preReportLinkQueries, "link queries");
  }
}
