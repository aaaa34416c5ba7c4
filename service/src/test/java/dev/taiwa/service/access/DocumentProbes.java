package dev.taiwa.service.access;

import static dev.taiwa.cases.patent.model.PatentState.DESIGNATED;
import static dev.taiwa.cases.patent.model.PatentState.LIFTED;
import static dev.taiwa.cases.patent.model.PatentState.NOT_SENT;
import static dev.taiwa.cases.patent.model.PatentState.SENT_TO_REVIEW;
import static dev.taiwa.cases.patent.model.PatentState.UNDER_SCREENING;
import static dev.taiwa.cases.prereport.model.PreReportState.DRAFT;
import static dev.taiwa.cases.prereport.model.PreReportState.INFORM_ISSUED;
import static dev.taiwa.cases.prereport.model.PreReportState.IN_DIALOGUE;
import static dev.taiwa.cases.prereport.model.PreReportState.LICENCE_GRANTED_WITH_CONDITIONS;
import static dev.taiwa.cases.prereport.model.PreReportState.SUBMITTED;
import static dev.taiwa.cases.prereport.model.PreReportState.WITHDRAWN;

import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.service.http.ApiClient;
import java.util.List;
import java.util.Map;

/**
 * The probes of the document operations. {@code generateDocument} is tried on pre-reports (the
 * filed form, which filers and officers may generate once filed; an officer's inform and licence
 * decision notices) and on patent applications (the notice that fits the state: a secret 送付通知 on a
 * sent application, the designation and lifting notices, a 不送付通知 otherwise); {@code verifyDocument}
 * on no case.
 */
final class DocumentProbes {
  private DocumentProbes() {}

  static void add(ApiClient api, Map<Operation, Probe> probes) {
    probes.put(
        Operation.GENERATE_DOCUMENT,
        Probe.onCasesIn(
            List.of(
                DRAFT,
                SUBMITTED,
                IN_DIALOGUE,
                INFORM_ISSUED,
                LICENCE_GRANTED_WITH_CONDITIONS,
                WITHDRAWN,
                UNDER_SCREENING,
                SENT_TO_REVIEW,
                NOT_SENT,
                DESIGNATED,
                LIFTED),
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($id: ID!, $kind: DocumentKind!) { generateDocument(caseId: $id,"
                            + " kind: $kind) { document { id } errors { code field message } } }",
                        Map.of("id", k.id(), "kind", kindFor(c.role(), k.state()))),
                    "generateDocument")));
    probes.put(
        Operation.VERIFY_DOCUMENT,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(
                        c.token(),
                        "mutation { verifyDocument(pdfBase64: \"JVBERi0xLjQK\") { issued } }"),
                    "verifyDocument.issued")));
    probes.put(
        Operation.DOCUMENTS_BY_NUMBER,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(
                        c.token(), "{ documentsByNumber(number: \"20261204経安第1号\") { id } }"),
                    "documentsByNumber")));
  }

  /**
   * The notice that fits the case's state, and for the officials the one their office issues there
   * (a dialogue officer's inform and licence decision; a filer's, and anyone else's, filed form).
   */
  private static String kindFor(Role role, Enum<?> state) {
    if (state instanceof PatentState patent) {
      return switch (patent) {
        case SENT_TO_REVIEW -> "SCREENING_SENT_NOTICE";
        case DESIGNATED -> "DESIGNATION_NOTICE";
        case LIFTED -> "DESIGNATION_LIFTING_NOTICE";
        default -> "SCREENING_NOT_SENT_NOTICE";
      };
    }
    if (role == Role.DIALOGUE_OFFICER && state == INFORM_ISSUED) {
      return "INFORM_NOTICE";
    }
    if (role == Role.DIALOGUE_OFFICER && state == LICENCE_GRANTED_WITH_CONDITIONS) {
      return "LICENCE_DECISION_NOTICE";
    }
    return "PRE_REPORT_FORM";
  }
}
