package dev.taiwa.graphql.screening;

import dev.taiwa.cases.screening.application.CaseScreeningCommands;
import dev.taiwa.cases.screening.application.CounterpartyScreening;
import dev.taiwa.cases.screening.application.ListRescreen;
import dev.taiwa.cases.screening.application.ScreeningListCommands;
import java.util.Objects;

/** The screening use cases the API calls (issue 18). */
public record ScreeningServices(
    ScreeningListCommands lists,
    CounterpartyScreening screening,
    CaseScreeningCommands cases,
    ListRescreen rescreen) {
  public ScreeningServices {
    Objects.requireNonNull(lists, "list commands");
    Objects.requireNonNull(screening, "counterparty screening");
    Objects.requireNonNull(cases, "case screening");
    Objects.requireNonNull(rescreen, "list re-screening");
  }
}
