package dev.taiwa.cases.prereport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.TransitionTableMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's pre-report state table is the transition table, not a description of it. */
class ReadmeStateTableTest {
  private static final String BEGIN = "<!-- state-table:begin -->\n";
  private static final String END = "<!-- state-table:end -->";

  @Test
  void theReadmeShowsExactlyTheTransitionTable() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int from = readme.indexOf(BEGIN) + BEGIN.length();
    int to = readme.indexOf(END);
    String shown = readme.substring(from, to);
    assertEquals(
        TransitionTableMarkdown.render(PreReportTransitions.TABLE),
        shown,
        "README.md's state table is out of date; paste the expected text between the markers");
  }
}
