package dev.taiwa.cases.screening.port;

import dev.taiwa.cases.screening.model.ListSource;
import dev.taiwa.cases.screening.model.NewListVersion;
import java.time.LocalDate;

/** Reads a published list file (its bytes as given) into a version to import. */
public interface ListFileReader {

  /**
   * The version {@code bytes} describe, with their SHA-256.
   *
   * @throws UnreadableListFile when the bytes are not a file of that list's format
   */
  NewListVersion read(ListSource source, byte[] bytes, LocalDate publishedOn);

  /** The file is not in the list's format; the message says why, for the operator. */
  final class UnreadableListFile extends RuntimeException {
    public UnreadableListFile(String message) {
      super(message);
    }
  }
}
