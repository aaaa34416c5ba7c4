package dev.taiwa.cases.imports;

import dev.taiwa.cases.kernel.CaseId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Port: the import keys already imported, so that importing the same file again creates nothing
 * new. A key is unique within its {@link ImportKeyScope}: its {@code kind} and, for keys an
 * organisation numbers itself, that organisation ({@code PRE_REPORT} keyed by the file's {@code
 * importKey} column per importing organisation; {@code PATENT_APPLICATION} keyed by the application
 * number nationwide).
 */
public interface ImportKeys {
  /** The keys among {@code keys} already imported in {@code scope}: one batch query. */
  Set<String> known(ImportKeyScope scope, Collection<String> keys);

  /**
   * Remembers that each key of {@code imported} was imported in {@code scope} as its case, in the
   * caller's transaction (one batch, so a whole import batch's keys cost one statement).
   */
  void rememberAll(ImportKeyScope scope, Map<String, CaseId> imported, Instant at);
}
