package dev.taiwa.cases.patent.confirmation.application;

import dev.taiwa.cases.patent.confirmation.model.Consultation;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import dev.taiwa.cases.secrecy.Disclosed;
import dev.taiwa.cases.secrecy.Disclosure;
import java.util.Optional;

/**
 * A prior-confirmation request as one caller may see it: the consultation (internal to the offices)
 * only when {@code internalShown}; the content (title, summary) only when {@code contentShown},
 * which a command's answer never is (content is read through the audited queries). The whole
 * request is need-to-know: whoever may see it has need-to-know of it, so it is always disclosed in
 * full ({@link Disclosure#FULL}); nobody else learns that it exists.
 */
public record PriorConfirmationView(
    PriorConfirmation request, boolean internalShown, boolean contentShown) implements Disclosed {

  @Override
  public Disclosure disclosure() {
    return Disclosure.FULL;
  }

  /** The consultation, when the caller may read it and there is one. */
  public Optional<Consultation> consultation() {
    return internalShown ? Optional.ofNullable(request.consultation()) : Optional.empty();
  }

  public Optional<PriorConfirmation> content() {
    return contentShown ? Optional.of(request) : Optional.empty();
  }
}
