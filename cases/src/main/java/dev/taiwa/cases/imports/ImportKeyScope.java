package dev.taiwa.cases.imports;

import dev.taiwa.cases.kernel.OrganisationId;
import java.util.Objects;

/**
 * Where an import key must be unique: within the importing organisation, for keys the filer numbers
 * itself (a pre-report's {@code importKey}: two companies' "R-001" are two rows), or nationwide,
 * for numbers the state gives out once (a patent application number).
 *
 * @param kind what was imported, e.g. {@code PRE_REPORT}
 * @param organisation the importing organisation; {@code null} for nationwide keys
 */
public record ImportKeyScope(String kind, OrganisationId organisation) {
  public ImportKeyScope {
    Objects.requireNonNull(kind, "kind");
  }

  /** Keys of {@code kind} numbered by {@code organisation} itself. */
  public static ImportKeyScope of(String kind, OrganisationId organisation) {
    return new ImportKeyScope(kind, Objects.requireNonNull(organisation, "organisation"));
  }

  /** Keys of {@code kind} unique across all organisations. */
  public static ImportKeyScope nationwide(String kind) {
    return new ImportKeyScope(kind, null);
  }

  /** True when the keys are unique across all organisations. */
  public boolean isNationwide() {
    return organisation == null;
  }
}
