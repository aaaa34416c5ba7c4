package dev.taiwa.service.console;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the user typed into one form of a page, and why it was refused: each problem next to its
 * field, the others (and a CONFLICT's account of what changed) at the top of the form. A page
 * re-rendered after a refusal fills that form from here, so nothing typed is lost.
 */
public record Typed(
    String form, Map<String, String> values, Map<String, String> errors, List<String> messages) {
  private static final Typed NONE = new Typed("", Map.of(), Map.of(), List.of());
  private static final Set<String> HIDDEN = Set.of("csrf", "version", "seen", "item");

  public Typed {
    values = Map.copyOf(values);
    errors = Map.copyOf(errors);
    messages = List.copyOf(messages);
  }

  /** No form was posted: every form shows its defaults. */
  public static Typed none() {
    return NONE;
  }

  /** Whether {@code form} is the one that was refused. */
  public boolean is(String form) {
    return this.form.equals(form);
  }

  /** What was typed into {@code field} of {@code form}; empty for any other form. */
  public String value(String form, String field) {
    return value(form, field, "");
  }

  /** What was typed into {@code field} of {@code form}, else {@code fallback}. */
  public String value(String form, String field, String fallback) {
    return is(form) ? values.getOrDefault(field, "") : fallback;
  }

  /** Whether a checkbox or radio button {@code field} = {@code value} was chosen. */
  public boolean chosen(String form, String field, String value) {
    return is(form) && value.equals(values.get(field));
  }

  /** The problem with {@code field} of {@code form}; empty when none. */
  public String error(String form, String field) {
    return is(form) ? errors.getOrDefault(field, "") : "";
  }

  /** Whether some form was refused. */
  public boolean any() {
    return !form.isEmpty();
  }

  /**
   * What was typed, field by field (the form's own hidden fields left out): shown with the refusal
   * even when the page no longer offers that form, so nothing typed is lost.
   */
  public List<Map.Entry<String, String>> entered() {
    return values.entrySet().stream()
        .filter(e -> !HIDDEN.contains(e.getKey()) && !e.getValue().isBlank())
        .sorted(Map.Entry.comparingByKey())
        .toList();
  }

  /**
   * Every reason the form was refused, those of its fields too: shown at the top of the work area,
   * so the reason stays on the page even when the page no longer offers that form.
   */
  public List<String> reasons() {
    return java.util.stream.Stream.concat(messages.stream(), errors.values().stream())
        .distinct()
        .toList();
  }

  /** The problems of {@code form} that concern no one field. */
  public List<String> messages(String form) {
    return is(form) ? messages : List.of();
  }
}
