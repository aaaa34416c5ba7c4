package dev.taiwa.cases.kernel;

import java.util.stream.Collectors;

/** Renders a transition table as the Markdown table the README shows. */
public final class TransitionTableMarkdown {
  private TransitionTableMarkdown() {}

  public static String render(TransitionTable<?, ?> table) {
    StringBuilder out = new StringBuilder("| from | action | to | roles |\n|---|---|---|---|\n");
    for (TransitionTable.Row<?, ?> row : table.rows()) {
      out.append("| `")
          .append(row.from())
          .append("` | ")
          .append(row.action())
          .append(" | `")
          .append(row.to())
          .append("` | ")
          .append(row.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    return out.toString();
  }
}
