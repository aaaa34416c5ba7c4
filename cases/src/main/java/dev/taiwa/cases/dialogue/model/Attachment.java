package dev.taiwa.cases.dialogue.model;

import java.util.Objects;

/**
 * A file the company attaches to an answer, by its metadata only (no upload yet): the file name,
 * media type, size in bytes and SHA-256 of its content (64 lower-case hex digits).
 */
public record Attachment(String fileName, String mediaType, long size, String sha256) {
  public Attachment {
    Objects.requireNonNull(fileName, "file name");
    Objects.requireNonNull(mediaType, "media type");
    Objects.requireNonNull(sha256, "sha256");
  }
}
