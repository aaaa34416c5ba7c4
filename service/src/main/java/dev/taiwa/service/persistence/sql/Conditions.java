package dev.taiwa.service.persistence.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE conditions of a hand-written search, joined with AND, with their parameters in order. A
 * page query copies them and adds its keyset position.
 */
public final class Conditions {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  public Conditions where(String condition, Object... values) {
    conditions.add(condition);
    parameters.addAll(List.of(values));
    return this;
  }

  public Conditions copy() {
    Conditions copy = new Conditions();
    copy.conditions.addAll(conditions);
    copy.parameters.addAll(parameters);
    return copy;
  }

  /** {@code select} followed by the WHERE clause, then {@code tail} whose parameters come last. */
  public SqlStatement statement(String select, String tail, Object... tailParameters) {
    List<Object> all = new ArrayList<>(parameters);
    all.addAll(List.of(tailParameters));
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new SqlStatement(select + where + tail, all);
  }

  /**
   * Escapes LIKE's wildcards with {@code !}, so user text matches literally ({@code ESCAPE '!'}).
   */
  public static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
