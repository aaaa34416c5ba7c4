package dev.taiwa.cases.matrix;

import dev.taiwa.cases.kernel.Role;

/** Renders the access matrix as the Markdown table the README shows. */
public final class AccessMatrixMarkdown {
  private AccessMatrixMarkdown() {}

  public static String render(AccessMatrix matrix) {
    StringBuilder out = new StringBuilder("| operation |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Role role : Role.values()) {
      out.append(' ').append(role).append(" |");
      rule.append("---|");
    }
    out.append('\n').append(rule).append('\n');
    for (Operation operation : Operation.values()) {
      out.append("| `").append(operation.field()).append("` |");
      for (Role role : Role.values()) {
        out.append(' ').append(matrix.permission(operation, role).describe()).append(" |");
      }
      out.append('\n');
      if (matrix.hasSecretDimension(operation)) {
        out.append("| `").append(operation.field()).append("` secret content |");
        for (Role role : Role.values()) {
          out.append(' ')
              .append(Permission.of(matrix.secretContent(operation, role)).describe())
              .append(" |");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
