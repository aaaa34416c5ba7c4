package dev.taiwa.cases.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorableTextTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\ud800",
        "名前\udc00",
        "a\u0000b",
        "\u001b[31mred",
        "\u007f",
        "\u0085",
        "abc\u202Edcba",
        "\u2066isolated\u2069"
      })
  void unstorableOrMisleadingTextIsRefusedOnItsField(String text) {
    Optional<Rejection> problem = StorableText.problem("technologyDescription", text);

    assertTrue(problem.isPresent(), text);
    assertEquals(ErrorCode.INVALID_VALUE, problem.get().code());
    assertEquals("technologyDescription", problem.get().field());
    assertTrue(problem.get().message().contains("U+"), problem.get().message());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "さくら電子株式会社", "𠮷田", "line one\nline two\r\nthree", "a\tb", "مرحبا\u200f"})
  void ordinaryTextTabsAndLineBreaksAreFreeText(String text) {
    assertEquals(Optional.empty(), StorableText.problem("summary", text));
  }

  @Test
  void aNameIsOneLine() {
    assertTrue(StorableText.nameProblem("name", "two\nlines").isPresent());
    assertTrue(StorableText.nameProblem("name", "tab\there").isPresent());
    assertEquals(Optional.empty(), StorableText.nameProblem("name", "𠮷田 花子"));
  }

  @Test
  void theMessageSaysWhatAndWhere() {
    String message = StorableText.problem("f", "ab\u0000").orElseThrow().message();

    assertTrue(message.contains("U+0000") && message.contains("character 3"), message);
  }

  @Test
  void namesAreComparedInNfc() {
    assertEquals(StorableText.nfc("が"), StorableText.nfc("か\u3099"));
  }

  @Test
  void listItemsAreNamedByIndex() {
    List<Rejection> problems = StorableText.problems("items", List.of("fine", "bad\u0000"));

    assertEquals(1, problems.size());
    assertEquals("items.1", problems.get(0).field());
  }
}
