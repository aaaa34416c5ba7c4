package dev.taiwa.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a generated section of the project README, between {@code <!-- name:begin -->} and end. */
public final class ReadmeSection {
  private ReadmeSection() {}

  public static String named(String name) {
    try {
      String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
      String begin = "<!-- " + name + ":begin -->\n";
      String end = "<!-- " + name + ":end -->";
      int from = readme.indexOf(begin);
      int to = readme.indexOf(end);
      if (from < 0 || to < from) {
        throw new IllegalStateException("README.md has no section " + name);
      }
      return readme.substring(from + begin.length(), to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
