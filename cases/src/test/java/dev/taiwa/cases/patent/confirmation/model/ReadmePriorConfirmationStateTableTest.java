package dev.taiwa.cases.patent.confirmation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.ReadmeSection;
import dev.taiwa.cases.kernel.TransitionTableMarkdown;
import org.junit.jupiter.api.Test;

/** The README's prior-confirmation state table is the transition table, not a description of it. */
class ReadmePriorConfirmationStateTableTest {
  @Test
  void theReadmeShowsExactlyThePriorConfirmationTransitionTable() {
    assertEquals(
        TransitionTableMarkdown.render(PriorConfirmationTransitions.TABLE),
        ReadmeSection.named("prior-confirmation-state-table"),
        "README.md's prior-confirmation state table is out of date; paste the expected text");
  }
}
