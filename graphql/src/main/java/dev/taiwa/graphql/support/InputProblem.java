package dev.taiwa.graphql.support;

/**
 * The first thing wrong with an input value: a code as business errors use them ({@code REQUIRED},
 * {@code INVALID_VALUE}), the path of the field at fault inside the argument or variable (e.g.
 * {@code counterparty.countryCode}, {@code technologyNumbers[1]}; empty when the value itself is
 * wrong) and what is wrong with it.
 */
record InputProblem(String code, String field, String reason) {
  static final String REQUIRED = "REQUIRED";
  static final String INVALID_VALUE = "INVALID_VALUE";

  static InputProblem required(String field) {
    return new InputProblem(REQUIRED, field, "a value is required");
  }

  static InputProblem invalid(String field, String reason) {
    return new InputProblem(INVALID_VALUE, field, reason);
  }

  /** {@code name} and the path below it, as written in a message: {@code input.plannedDate}. */
  String at(String name) {
    return field.isEmpty() ? name : name + (field.startsWith("[") ? "" : ".") + field;
  }
}
