package dev.taiwa.cases.patent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.ReadmeSection;
import dev.taiwa.cases.kernel.TransitionTableMarkdown;
import org.junit.jupiter.api.Test;

/** The README's patent state table is the transition table, not a description of it. */
class ReadmePatentStateTableTest {
  @Test
  void theReadmeShowsExactlyThePatentTransitionTable() {
    assertEquals(
        TransitionTableMarkdown.render(PatentTransitions.TABLE),
        ReadmeSection.named("patent-state-table"),
        "README.md's patent state table is out of date; paste the expected text between the markers");
  }
}
