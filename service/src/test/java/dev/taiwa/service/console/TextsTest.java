package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The console speaks both languages completely: every text and every state has both names. */
class TextsTest {
  @Test
  void bothLanguagesHaveTheSamePageTexts() {
    Set<String> japanese = new TreeSet<>(Texts.of(ConsoleLanguage.JA).keys());
    Set<String> english =
        Texts.of(ConsoleLanguage.EN).keys().stream()
            .filter(key -> !key.startsWith("label.") && !key.startsWith("choice."))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(japanese, english);
  }

  @Test
  void everyStateAndCategoryTheConsoleNamesHasAJapaneseAndAnEnglishName() {
    Set<String> expected = new TreeSet<>();
    for (Class<? extends Enum<?>> type : Labels.ALL_LABELLED) {
      for (Enum<?> value : type.getEnumConstants()) {
        String japanese = Labels.of(value, ConsoleLanguage.JA);
        String english = Labels.of(value, ConsoleLanguage.EN);
        assertFalse(japanese.isBlank(), value.toString());
        assertFalse(english.isBlank(), value.toString());
        assertNotEquals(japanese, english, value + " is translated");
        expected.add("label." + type.getSimpleName() + "." + value.name());
      }
    }
    Set<String> english =
        Texts.of(ConsoleLanguage.EN).keys().stream()
            .filter(key -> key.startsWith("label."))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, english, "no English label for a value the console does not name");
  }

  @Test
  void everyValueTheFormsNameHasAJapaneseAndAnEnglishName() {
    Texts english = Texts.of(ConsoleLanguage.EN);
    Set<String> expected = new TreeSet<>();
    for (Class<? extends Enum<?>> type : WorkLabels.NAMED) {
      for (Enum<?> value : type.getEnumConstants()) {
        String ja = WorkLabels.of(value, Texts.JA);
        String en = WorkLabels.of(value, english);
        assertFalse(ja.isBlank(), value.toString());
        assertFalse(en.isBlank(), value.toString());
        assertNotEquals(ja, en, value + " is translated");
        expected.add("choice." + type.getSimpleName() + "." + value.name());
      }
    }
    for (dev.taiwa.cases.prereport.model.ApplicabilityVerdict verdict :
        dev.taiwa.cases.prereport.model.ApplicabilityVerdict.values()) {
      assertNotEquals(WorkLabels.ofPoint(verdict, Texts.JA), WorkLabels.ofPoint(verdict, english));
      expected.add("choice.point." + verdict.name());
    }
    Set<String> named =
        english.keys().stream()
            .filter(key -> key.startsWith("choice."))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, named, "no English name for a value the forms do not name");
  }

  @Test
  void aMissingTextIsABugNotAKeyOnThePage() {
    assertThrows(IllegalArgumentException.class, () -> Texts.JA.get("no.such.text"));
  }

  @Test
  void argumentsAreFilledIn() {
    assertEquals("第24号", Texts.JA.format("home.technology", 24));
    assertEquals("No. 24", Texts.of(ConsoleLanguage.EN).format("home.technology", 24));
  }
}
