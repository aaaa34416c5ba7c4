package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.Rejection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A revision's list typed one item a line ({@code 1 | 名称 | Name | EFFECTIVE | 2024-12-30}), and the
 * use case's problems put where the administrator typed them: {@code items[2].nameJa} is line 3 of
 * the list's text area, {@code effectiveDate} is its own field; in a file, item 3.
 */
final class RevisionLines {
  private static final Pattern ITEM = Pattern.compile("([A-Za-z]+)\\[(\\d+)](?:\\.(.+))?");

  private RevisionLines() {}

  /** The lines of {@code text} that hold something, each split at {@code |} and stripped. */
  static List<List<String>> cells(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines()
        .filter(l -> !l.isBlank())
        .map(l -> Arrays.stream(l.split("\\|", -1)).map(String::strip).toList())
        .toList();
  }

  /** Cell {@code i} of a line, null when the line has fewer or it is blank. */
  static String cell(List<String> line, int i) {
    return i < line.size() && !line.get(i).isEmpty() ? line.get(i) : null;
  }

  /**
   * The refused form: what was typed, each problem of a field of the form next to it, a problem of
   * an item next to the list's text area ({@code list}) with its line, the rest at the top.
   */
  static Typed refused(
      Map<String, String> form,
      Predicate<String> fields,
      String list,
      List<Rejection> problems,
      Texts t) {
    Map<String, String> values = new LinkedHashMap<>(form);
    values.remove(ConsoleForms.CSRF);
    Map<String, String> byField = new LinkedHashMap<>();
    List<String> messages = new ArrayList<>();
    for (Rejection problem : problems) {
      String text = ConsoleForms.message(problem, t);
      Matcher item = problem.field() == null ? null : ITEM.matcher(problem.field());
      if (item != null && item.matches()) {
        int line = Integer.parseInt(item.group(2)) + 1;
        text =
            item.group(3) == null
                ? t.format("admin.revision.line", line, text)
                : t.format("admin.revision.lineField", line, item.group(3), text);
        byField.merge(list, text, (a, b) -> a + "\n" + b);
      } else if (problem.field() != null && fields.test(problem.field())) {
        byField.merge(problem.field(), text, (a, b) -> a + " " + b);
      } else {
        messages.add(text);
      }
    }
    return new Typed("revision", values, byField, messages);
  }

  /** Every problem of an uploaded file, each with the field or item it concerns. */
  static List<String> ofFile(List<Rejection> problems, Texts t) {
    List<String> listed = new ArrayList<>();
    for (Rejection problem : problems) {
      String text = ConsoleForms.message(problem, t);
      Matcher item = problem.field() == null ? null : ITEM.matcher(problem.field());
      if (item != null && item.matches()) {
        int number = Integer.parseInt(item.group(2)) + 1;
        listed.add(
            item.group(3) == null
                ? t.format("admin.revision.item", item.group(1), number, text)
                : t.format("admin.revision.itemField", item.group(1), number, item.group(3), text));
      } else if (problem.field() != null) {
        listed.add(t.format("admin.revision.field", problem.field(), text));
      } else {
        listed.add(text);
      }
    }
    return listed;
  }
}
