package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.secrecy.Disclosed;
import dev.taiwa.cases.secrecy.Disclosure;
import dev.taiwa.cases.secrecy.WithheldFields;
import java.util.Optional;

/**
 * An application as one caller may see it. When {@code secretWithheld}, only its skeleton may be
 * shown ({@link WithheldFields}): {@link #content()} is empty. Otherwise everything may be shown; a
 * read of secret content through it has already been audited.
 */
public record PatentApplicationView(PatentApplication application, boolean secretWithheld)
    implements Disclosed {

  @Override
  public Disclosure disclosure() {
    return secretWithheld ? Disclosure.SKELETON : Disclosure.FULL;
  }

  /** The whole application, or empty when its secret content is withheld from the caller. */
  public Optional<PatentApplication> content() {
    return secretWithheld ? Optional.empty() : Optional.of(application);
  }
}
