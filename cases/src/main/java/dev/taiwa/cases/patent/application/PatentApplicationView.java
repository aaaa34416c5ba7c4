package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.patent.model.PatentApplication;
import java.util.Optional;

/**
 * An application as one caller may see it. When {@code secretWithheld}, only its id, number and
 * state may be shown: {@link #content()} is empty. Otherwise everything may be shown; a read of
 * secret content through it has already been audited.
 */
public record PatentApplicationView(PatentApplication application, boolean secretWithheld) {

  /** The whole application, or empty when its secret content is withheld from the caller. */
  public Optional<PatentApplication> content() {
    return secretWithheld ? Optional.empty() : Optional.of(application);
  }
}
