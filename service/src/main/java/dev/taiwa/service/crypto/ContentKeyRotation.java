package dev.taiwa.service.crypto;

import java.util.Map;

/**
 * The invention content stored at rest (title, abstract, claims; a prior confirmation's title and
 * summary; issued documents), counted and re-encrypted by key: what an operator runs to rotate the
 * content key ({@code taiwa content-key status | rotate}).
 */
public interface ContentKeyRotation {

  /** How many stored values of each column are plain, or under each key id. */
  Report status();

  /**
   * Encrypts every value not under the current key with it: plain values (written before
   * encryption), and values under a previous key (which must still be configured). Runs in short
   * transactions; a value changed meanwhile by the service is left as the service wrote it (under
   * the current key). {@code plainOnly}: only plain values (what the service does on start).
   */
  Report rotate(boolean plainOnly);

  /**
   * Counts per column: {@code plain} and one entry per key id, and how many values were rewritten
   * (zero for a status).
   */
  record Report(String currentKeyId, Map<String, Map<String, Long>> byColumn, long rewritten) {

    /** The number of values under {@code keyId} (or {@code plain}) over every column. */
    public long count(String keyId) {
      return byColumn.values().stream().mapToLong(c -> c.getOrDefault(keyId, 0L)).sum();
    }
  }
}
