package dev.taiwa.cases.document.template;

import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.inform.model.Inform;
import dev.taiwa.cases.inform.model.LicenceApplication;
import dev.taiwa.cases.prereport.model.Outcome;
import java.util.List;
import java.util.Optional;

/**
 * What followed a pre-report's dialogue, as the caller may see it: the concern ledger (as the
 * company reads it for company documents), the inform, the licence application and the outcome,
 * each empty until it exists.
 */
public record DialogueDecisions(
    List<Concern> concerns,
    Optional<Inform> inform,
    Optional<LicenceApplication> licence,
    Optional<Outcome> outcome) {
  static final DialogueDecisions NONE =
      new DialogueDecisions(List.of(), Optional.empty(), Optional.empty(), Optional.empty());

  public DialogueDecisions {
    concerns = List.copyOf(concerns);
  }
}
