package dev.taiwa.cases.document.application;

import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.secrecy.Disclosure;
import dev.taiwa.cases.secrecy.Secrecy;
import java.util.Set;

/**
 * A case as one caller sees it for documents: its track and state, the caller's roles that count on
 * it, the case itself (one of pre-report, patent application, prior-confirmation request), and
 * whether the caller has need-to-know of its secret content ({@code needToKnow}: always for
 * pre-reports; for a patent application whatever its state, so documents printed while it was
 * secret stay need-to-know after lifting).
 */
record DocumentCase(
    DocumentKind.Track track,
    Enum<?> state,
    Set<Role> rolesOnCase,
    PreReport preReport,
    PatentApplication patent,
    PriorConfirmation confirmation,
    boolean needToKnow) {

  /**
   * True when what a document of the case prints is secret now: a patent application whose content
   * is secret ({@link PatentApplication#contentSecret()}, also once withdrawn or dismissed after it
   * was sent to review), or a prior-confirmation request (its title is secret content).
   */
  boolean secret() {
    return track == DocumentKind.Track.PRIOR_CONFIRMATION
        || patent != null && patent.contentSecret();
  }

  /** The case's id, whichever track it is on. */
  CaseId id() {
    if (preReport != null) {
      return preReport.id();
    }
    return patent != null ? patent.id() : confirmation.id();
  }

  /** True when the case's secret content is withheld from the caller now. */
  boolean secretWithheld() {
    return disclosure().withheld();
  }

  /** How much of the case the caller may be shown now ({@link Secrecy}). */
  Disclosure disclosure() {
    return new Secrecy().of(secret(), needToKnow);
  }
}
