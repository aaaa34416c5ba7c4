package dev.taiwa.cases.document.application;

import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.dialogue.port.Meetings;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.prereport.port.PreReports;

/** Where documents read their cases from: the case stores and reads of the other areas. */
public record DocumentCaseSources(
    PreReports preReports,
    PatentQueries patents,
    Meetings meetings,
    AuditTrail auditTrail,
    Organisations organisations) {

  DocumentCases cases() {
    return new DocumentCases(preReports, patents);
  }
}
