package dev.taiwa.cases.document.application;

import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.dialogue.port.Meetings;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.inform.application.InformQueries;
import dev.taiwa.cases.outcome.application.OutcomeQueries;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.application.PatentReviewQueries;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationQueries;
import dev.taiwa.cases.prereport.port.PreReports;

/**
 * Where documents read their cases from: the case stores and the reads of the other areas, which
 * apply their own visibility rules and audit secret reads.
 */
public record DocumentCaseSources(
    PreReports preReports,
    PatentQueries patents,
    PriorConfirmationQueries confirmations,
    Meetings meetings,
    AuditTrail auditTrail,
    Organisations organisations,
    DialogueReads dialogue,
    PatentReviewQueries review) {

  /**
   * The reads of what followed a dialogue: concerns, informs and licence applications, outcomes.
   */
  public record DialogueReads(
      DialogueQueries concerns, InformQueries informs, OutcomeQueries outcomes) {}

  DocumentCases cases() {
    return new DocumentCases(preReports, patents, confirmations);
  }
}
