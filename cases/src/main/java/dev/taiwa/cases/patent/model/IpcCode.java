package dev.taiwa.cases.patent.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An International Patent Classification symbol down to main group or subgroup, e.g. {@code F41H
 * 3/00}: section letter A–H, two-digit class, subclass letter, a space, group number, slash,
 * subgroup digits. Stored with exactly one space after the subclass.
 */
public record IpcCode(String value) {
  private static final Pattern FORMAT =
      Pattern.compile("([A-H]\\d{2}[A-Z])\\s*(\\d{1,4}/\\d{2,6})");

  public IpcCode {
    Objects.requireNonNull(value, "IPC code");
    if (!FORMAT.matcher(value).matches() || !value.equals(normalise(value))) {
      throw new IllegalArgumentException("not an IPC code: " + value);
    }
  }

  /** The code, or empty when {@code text} is no IPC symbol; spacing is normalised. */
  public static Optional<IpcCode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
    return matcher.matches()
        ? Optional.of(new IpcCode(matcher.group(1) + " " + matcher.group(2)))
        : Optional.empty();
  }

  private static String normalise(String text) {
    Matcher matcher = FORMAT.matcher(text);
    return matcher.matches() ? matcher.group(1) + " " + matcher.group(2) : text;
  }

  /** The subclass, e.g. {@code F41H}. */
  public String subclass() {
    return value.substring(0, 4);
  }

  /** The main group, e.g. {@code F41H 3}. */
  public String mainGroup() {
    return value.substring(0, value.indexOf('/'));
  }

  /**
   * True when this code falls under {@code group}: a subclass ({@code F41H}), a main group ({@code
   * F41H 3}) or the exact symbol ({@code F41H 3/00}).
   */
  public boolean fallsUnder(String group) {
    String g = group.strip();
    return value.equals(g) || mainGroup().equals(g) || subclass().equals(g);
  }

  @Override
  public String toString() {
    return value;
  }
}
