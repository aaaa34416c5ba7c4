package dev.taiwa.cases.prereport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.ReadmeSection;
import dev.taiwa.cases.kernel.TransitionTableMarkdown;
import org.junit.jupiter.api.Test;

/** The README's pre-report state table is the transition table, not a description of it. */
class ReadmeStateTableTest {
  @Test
  void theReadmeShowsExactlyTheTransitionTable() {
    assertEquals(
        TransitionTableMarkdown.render(PreReportTransitions.TABLE),
        ReadmeSection.named("state-table"),
        "README.md's state table is out of date; paste the expected text between the markers");
  }
}
