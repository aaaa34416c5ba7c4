package dev.taiwa.service.document;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The document fonts copied out of the classpath into a private temporary folder (removed when the
 * JVM ends), so that OpenPDF reads each font from its file: a font parsed from a byte array keeps
 * the whole array for as long as the font lives (24 MB for the Chinese and Korean faces alone), one
 * read from a file keeps only the tables it parsed and opens the file again to cut each document's
 * subset. A file a cleaner of the temporary folder removed is copied again before the next
 * document; where no file can be written the fonts are parsed from their bytes as before.
 */
final class FontFiles {
  private static final Logger LOG = LoggerFactory.getLogger(FontFiles.class);
  private static final Optional<Path> FOLDER = folder();
  private static final Set<String> COPIED = ConcurrentHashMap.newKeySet();

  private FontFiles() {}

  /** The font's file, copied from {@code fonts/} on the classpath; empty if it cannot be. */
  static Optional<Path> copy(String file) {
    if (FOLDER.isEmpty()) {
      return Optional.empty();
    }
    try {
      Path path = write(file);
      COPIED.add(file);
      return Optional.of(path);
    } catch (IOException e) {
      LOG.warn("Cannot copy the document font {} to a file; it is kept in memory", file, e);
      return Optional.empty();
    }
  }

  /** Copies again each font file that has gone since it was copied (before a document is cut). */
  static void restoreMissing() {
    for (String file : COPIED) {
      if (!Files.isRegularFile(FOLDER.orElseThrow().resolve(file))) {
        try {
          write(file);
        } catch (IOException e) {
          throw new IllegalStateException("cannot restore the document font " + file, e);
        }
      }
    }
  }

  /**
   * Makes the font's reader map its file again for each document's subset. OpenPDF marks a reader
   * whose mapped file it closed (as it does after parsing the font) to reopen it unmapped, and each
   * subset then reads the file byte by byte through a system call: 80 instead of 18 ms of CPU for a
   * document in four scripts (16 ms with the fonts parsed from their bytes). The reader and its
   * flag are not public: reached by reflection, and a newer OpenPDF that renamed them fails here,
   * in every document test, not silently slower.
   */
  static BaseFont mappedForSubsets(BaseFont font) {
    try {
      Field reader = font.getClass().getSuperclass().getDeclaredField("rf");
      reader.setAccessible(true);
      Object file = reader.get(font);
      Field plain = file.getClass().getDeclaredField("plainRandomAccess");
      plain.setAccessible(true);
      plain.setBoolean(file, false);
      return font;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          "OpenPDF's font reader is not where this version expects it: " + font.getClass(), e);
    }
  }

  /** The bytes of {@code fonts/<file>} on the classpath. */
  static byte[] bytes(String file) throws IOException {
    try (InputStream in = open(file)) {
      return in.readAllBytes();
    }
  }

  private static Path write(String file) throws IOException {
    Path path = FOLDER.orElseThrow().resolve(file);
    if (!Files.isRegularFile(path)) {
      // written whole under another name and then renamed: a reader never sees half a font
      Path partial = Files.createTempFile(path.getParent(), file, ".partial");
      try (InputStream in = open(file)) {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, path, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
      path.toFile().deleteOnExit();
    }
    return path;
  }

  private static InputStream open(String file) throws IOException {
    String resource = "fonts/" + file;
    InputStream in = FontFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("document font missing from the classpath: " + resource);
    }
    return in;
  }

  private static Optional<Path> folder() {
    try {
      Path folder = Files.createTempDirectory("taiwa-fonts-");
      folder.toFile().deleteOnExit();
      return Optional.of(folder);
    } catch (IOException | SecurityException e) {
      LOG.warn("No temporary folder for the document fonts; they are kept in memory", e);
      return Optional.empty();
    }
  }
}
