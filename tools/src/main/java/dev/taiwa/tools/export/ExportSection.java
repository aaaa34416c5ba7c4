package dev.taiwa.tools.export;

import dev.taiwa.cases.kernel.Actor;
import java.util.List;
import java.util.Map;

/**
 * One part of an exported case: the case's own fields, its meetings, concerns, queries, inform,
 * licence application, outcome, deadlines or designation term ({@link ExportSections} lists them).
 * Each section loads what it needs for a whole page of cases at once, through the use cases'
 * queries, as the operator's account may see it.
 *
 * @param <C> the exported case
 */
public interface ExportSection<C> {
  /** The section's key in a JSON case object, e.g. {@code meetings}. */
  String name();

  /** Its CSV columns. */
  List<String> columns();

  /** Loads the section's data for a page of cases (one batch query per section). */
  default void load(Actor actor, List<C> page) {}

  /** Its CSV cells for {@code item}, in the order of {@link #columns()}. */
  List<Object> cells(C item);

  /** Its JSON value for {@code item}: maps, lists, strings, numbers and booleans. */
  Object json(C item);

  /** A JSON object keeping the insertion order, with nulls left in. */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> object = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }
}
