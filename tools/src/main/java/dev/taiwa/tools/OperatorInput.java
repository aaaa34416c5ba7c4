package dev.taiwa.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** What the operator pipes into a command (standard input, or a test's text). */
public final class OperatorInput {
  private final InputStream stream;

  public OperatorInput(InputStream stream) {
    this.stream = stream;
  }

  /** The first line, without its line break; null when the input is empty. */
  public String firstLine() {
    try {
      return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)).readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
