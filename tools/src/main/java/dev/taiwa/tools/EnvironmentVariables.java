package dev.taiwa.tools;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The environment variables a command reads under a name the operator chooses (such as {@code
 * demo-data --password-env NAME}): the process's own, or those a test or benchmark gives {@link
 * TaiwaCommand#execute}.
 */
public final class EnvironmentVariables {
  private final UnaryOperator<String> lookup;

  private EnvironmentVariables(UnaryOperator<String> lookup) {
    this.lookup = lookup;
  }

  /** The process's environment. */
  public static EnvironmentVariables ofProcess() {
    return new EnvironmentVariables(System::getenv);
  }

  /** Exactly {@code values}, nothing of the process's environment. */
  public static EnvironmentVariables of(Map<String, String> values) {
    Map<String, String> copy = Map.copyOf(values);
    return new EnvironmentVariables(copy::get);
  }

  /** The value of {@code name}, if set. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(lookup.apply(name));
  }
}
