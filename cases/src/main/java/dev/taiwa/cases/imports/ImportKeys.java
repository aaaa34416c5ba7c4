package dev.taiwa.cases.imports;

import dev.taiwa.cases.kernel.CaseId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Port: the import keys already imported, so that importing the same file again creates nothing
 * new. A key is unique within its {@code kind} (e.g. {@code PRE_REPORT} keyed by the file's {@code
 * importKey} column, {@code PATENT_APPLICATION} keyed by the application number).
 */
public interface ImportKeys {
  /** The keys among {@code keys} already imported as {@code kind}: one batch query. */
  Set<String> known(String kind, Collection<String> keys);

  /**
   * Remembers that each key of {@code imported} was imported as its case, in the caller's
   * transaction (one batch, so a whole import batch's keys cost one statement).
   */
  void rememberAll(String kind, Map<String, CaseId> imported, Instant at);
}
