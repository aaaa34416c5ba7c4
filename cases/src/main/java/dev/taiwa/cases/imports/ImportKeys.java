package dev.taiwa.cases.imports;

import dev.taiwa.cases.kernel.CaseId;
import java.time.Instant;
import java.util.Collection;
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
   * Remembers that {@code key} was imported as the case {@code caseId}, in the caller's
   * transaction.
   */
  void remember(String kind, String key, CaseId caseId, Instant at);
}
