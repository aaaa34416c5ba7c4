package dev.taiwa.tools.importing;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats of import and export. */
public enum ImportFormat {
  CSV,
  JSON;

  /** The format named by {@code file}'s extension: JSON for {@code .json}, else CSV. */
  public static ImportFormat of(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : CSV;
  }
}
