package dev.taiwa.cases.kernel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What text Taiwa accepts, so that what is stored, compared, printed and audited is what was typed
 * and what a reader sees: no unpaired surrogate (stored as '?', it would make different names
 * equal), no control character (NUL, escape, ...; free text keeps tab and line breaks), no
 * bidirectional embedding, override or isolate (they make text display other than it reads). Names
 * are single lines and are compared in Unicode NFC, so that が typed composed and decomposed is one
 * name. Every validator asks here; a problem names its field.
 */
public final class StorableText {
  private StorableText() {}

  /** The problem of free text (tab and line breaks allowed), if any. */
  public static Optional<Rejection> problem(String field, String value) {
    return problem(field, value, true);
  }

  /** The problem of a name or other single-line text, if any. */
  public static Optional<Rejection> nameProblem(String field, String value) {
    return problem(field, value, false);
  }

  /** {@link #problem} of each item, with the item's index in the field ({@code items.2}). */
  public static List<Rejection> problems(String field, List<String> values) {
    List<Rejection> found = new ArrayList<>();
    if (values != null) {
      for (int i = 0; i < values.size(); i++) {
        problem(field + "." + i, values.get(i)).ifPresent(found::add);
      }
    }
    return found;
  }

  /** {@code value} in Unicode normalisation form NFC (null stays null): how names are kept. */
  public static String nfc(String value) {
    return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC);
  }

  private static Optional<Rejection> problem(String field, String value, boolean multiline) {
    if (value == null) {
      return Optional.empty();
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int position = value.codePointCount(0, i) + 1;
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
        continue;
      }
      if (Character.isSurrogate(c)) {
        return refuse(field, "an unpaired surrogate " + hex(c), position);
      }
      if (multiline && (c == '\t' || c == '\n' || c == '\r')) {
        continue;
      }
      if (Character.getType(c) == Character.CONTROL) {
        return refuse(
            field,
            "the control character "
                + hex(c)
                + (c == '\t' || c == '\n' || c == '\r' ? " (a name is a single line)" : ""),
            position);
      }
      if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
        return refuse(field, "the bidirectional formatting character " + hex(c), position);
      }
    }
    return Optional.empty();
  }

  private static Optional<Rejection> refuse(String field, String what, int position) {
    return Optional.of(
        Rejection.onField(
            ErrorCode.INVALID_VALUE,
            field,
            "Contains "
                + what
                + " at character "
                + position
                + ": remove it and send the text again"));
  }

  private static String hex(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}
