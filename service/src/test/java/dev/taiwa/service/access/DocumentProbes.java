package dev.taiwa.service.access;

import static dev.taiwa.cases.patent.model.PatentState.NOT_SENT;
import static dev.taiwa.cases.patent.model.PatentState.SENT_TO_REVIEW;
import static dev.taiwa.cases.patent.model.PatentState.UNDER_SCREENING;
import static dev.taiwa.cases.prereport.model.PreReportState.DRAFT;
import static dev.taiwa.cases.prereport.model.PreReportState.IN_DIALOGUE;
import static dev.taiwa.cases.prereport.model.PreReportState.SUBMITTED;
import static dev.taiwa.cases.prereport.model.PreReportState.WITHDRAWN;

import dev.taiwa.cases.access.Operation;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.service.http.ApiClient;
import java.util.List;
import java.util.Map;

/**
 * The probes of the document operations. {@code generateDocument} is tried on pre-reports (the
 * filed form, which filers and officers may generate once filed) and on patent applications (the
 * screening notice that fits the state: a secret 送付通知 on a sent application, a 不送付通知 otherwise);
 * {@code verifyDocument} on no case.
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
                WITHDRAWN,
                UNDER_SCREENING,
                SENT_TO_REVIEW,
                NOT_SENT),
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($id: ID!, $kind: DocumentKind!) { generateDocument(caseId: $id,"
                            + " kind: $kind) { document { id } errors { code field message } } }",
                        Map.of("id", k.id(), "kind", kindFor(k.state()))),
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
  }

  private static String kindFor(Enum<?> state) {
    if (state instanceof PatentState patent) {
      return patent == SENT_TO_REVIEW ? "SCREENING_SENT_NOTICE" : "SCREENING_NOT_SENT_NOTICE";
    }
    return "PRE_REPORT_FORM";
  }
}
