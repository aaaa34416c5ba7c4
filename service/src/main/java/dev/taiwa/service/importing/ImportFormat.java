package dev.taiwa.service.importing;

import java.util.Locale;

/** The file formats of import and export. */
public enum ImportFormat {
  CSV,
  JSON;

  /** The format named by {@code fileName}'s extension: JSON for {@code .json}, else CSV. */
  public static ImportFormat of(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : CSV;
  }
}
