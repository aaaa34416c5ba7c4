package dev.taiwa.cases.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.ReadmeSection;
import org.junit.jupiter.api.Test;

/** The README's permission matrix is the enforced matrix, not a description of it. */
class ReadmeAccessMatrixTest {
  @Test
  void theReadmeShowsExactlyTheAccessMatrix() {
    assertEquals(
        AccessMatrixMarkdown.render(AccessMatrix.standard()),
        ReadmeSection.named("access-matrix"),
        "README.md's access matrix is out of date; paste the expected text between the markers");
  }
}
