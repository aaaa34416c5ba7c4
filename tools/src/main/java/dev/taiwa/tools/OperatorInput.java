package dev.taiwa.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What the operator pipes into a command (standard input, or a test's text), read line by line: a
 * command that reads two secrets reads them in a fixed order (the operator's password first).
 */
public final class OperatorInput {
  private final InputStream stream;
  private BufferedReader reader;

  public OperatorInput(InputStream stream) {
    this.stream = stream;
  }

  /** The next line, without its line break; null when the input has no more. */
  public synchronized String nextLine() {
    try {
      if (reader == null) {
        reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
      }
      return reader.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
