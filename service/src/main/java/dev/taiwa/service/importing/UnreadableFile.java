package dev.taiwa.service.importing;

/** Why a file cannot be read at all (not UTF-8, not CSV or JSON of the expected shape). */
public final class UnreadableFile extends RuntimeException {
  public UnreadableFile(String message) {
    super(message);
  }
}
