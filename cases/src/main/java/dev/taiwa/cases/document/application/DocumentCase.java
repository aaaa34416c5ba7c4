package dev.taiwa.cases.document.application;

import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.Set;

/**
 * A case as one caller sees it for documents: its track and state, the caller's roles that count on
 * it, and whether its secret content is withheld from the caller.
 */
record DocumentCase(
    DocumentKind.Track track,
    Enum<?> state,
    Set<Role> rolesOnCase,
    PreReport preReport,
    PatentApplication patent,
    boolean secretWithheld) {

  /** True when the case is a patent application in a secret state. */
  boolean secret() {
    return state instanceof PatentState patentState && patentState.isSecret();
  }
}
