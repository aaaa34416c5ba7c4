package dev.taiwa.graphql.outcome;

import dev.taiwa.cases.dialogue.application.CompanyQueryCommands;
import dev.taiwa.cases.inform.application.InformCommands;
import dev.taiwa.cases.inform.application.InformQueries;
import dev.taiwa.cases.outcome.application.CaseConclusions;
import dev.taiwa.cases.outcome.application.OutcomeQueries;
import java.util.Objects;

/** The use cases of the dialogue's end: queries to the company, closings, inform, outcome. */
public record DialogueOutcomeServices(
    CompanyQueryCommands queryCommands,
    CaseConclusions conclusions,
    InformCommands informCommands,
    InformQueries informQueries,
    OutcomeQueries outcomeQueries) {
  public DialogueOutcomeServices {
    Objects.requireNonNull(queryCommands, "query commands");
    Objects.requireNonNull(conclusions, "conclusions");
    Objects.requireNonNull(informCommands, "inform commands");
    Objects.requireNonNull(informQueries, "inform queries");
    Objects.requireNonNull(outcomeQueries, "outcome queries");
  }
}
