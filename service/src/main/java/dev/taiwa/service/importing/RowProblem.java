package dev.taiwa.service.importing;

/** Why a row of an import file was not imported: its number, the field at fault and the reason. */
public record RowProblem(long row, String field, String code, String reason) {
  /** One line for the operator, e.g. {@code row 17, contact.email: INVALID_VALUE Not an ...}. */
  public String describe() {
    return "row " + row + ", " + (field == null ? "(row)" : field) + ": " + code + " " + reason;
  }
}
