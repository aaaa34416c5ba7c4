package dev.taiwa.service.access;

import static dev.taiwa.cases.prereport.model.PreReportState.DRAFT;
import static dev.taiwa.cases.prereport.model.PreReportState.IN_DIALOGUE;
import static dev.taiwa.cases.prereport.model.PreReportState.SUBMITTED;
import static dev.taiwa.cases.prereport.model.PreReportState.WITHDRAWN;

import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.service.http.ApiClient;
import java.util.List;
import java.util.Map;

/**
 * The probes of counterparty screening. The import probe sends a one-entry End User List whose
 * bytes differ per caller (the same file is imported only once), so every administrator's call is
 * accepted.
 */
final class ScreeningProbes {
  private ScreeningProbes() {}

  static void add(ApiClient api, CaseFixture fixture, Map<Operation, Probe> probes) {
    probes.put(
        Operation.SCREEN_PRE_REPORT,
        Probe.onCasesIn(
            List.of(DRAFT, SUBMITTED, IN_DIALOGUE, WITHDRAWN),
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($id: ID!) { screenPreReport(caseId: $id) { hits { id }"
                            + " errors { code field message } } }",
                        Map.of("id", k.id())),
                    "screenPreReport")));
    probes.put(
        Operation.DISPOSE_SCREENING_HIT,
        Probe.onNoCase(
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($in: DisposeScreeningHitInput!) { disposeScreeningHit(input: $in)"
                            + " { hit { id } errors { code field message } } }",
                        Map.of(
                            "in",
                            Map.of(
                                "hitId",
                                fixture.screeningHit(),
                                "verdict",
                                "FALSE_POSITIVE",
                                "reason",
                                "Access matrix probe"))),
                    "disposeScreeningHit")));
    probes.put(
        Operation.SCREENING_LIST_VERSIONS,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(c.token(), "{ screeningListVersions { id sha256 } }"),
                    "screeningListVersions")));
    probes.put(
        Operation.SCREEN_COUNTERPARTY,
        Probe.onNoCase(
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "{ screenCounterparty(nameRomanised: \"Probe Trading\") {"
                            + " hits { score } errors { code field message } } }"),
                    "screenCounterparty")));
    probes.put(
        Operation.IMPORT_SCREENING_LIST,
        Probe.onNoCase(
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($in: ImportScreeningListInput!) {"
                            + " importScreeningList(input: $in) { version { id }"
                            + " errors { code field message } } }",
                        Map.of(
                            "in",
                            Map.of(
                                "list",
                                "END_USER_LIST",
                                "publishedOn",
                                "2026-01-05",
                                "contentBase64",
                                java.util.Base64.getEncoder()
                                    .encodeToString(
                                        ("No.,Country or Region,Company or Organization,"
                                                + "Also Known As,Type of WMD\n1,Iran,Probe "
                                                + java.util.UUID.randomUUID()
                                                + ",,M\n")
                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))))),
                    "importScreeningList")));
  }
}
