package dev.taiwa.service.access;

import static dev.taiwa.cases.patent.model.PatentState.NOT_SENT;
import static dev.taiwa.cases.patent.model.PatentState.SENT_TO_REVIEW;
import static dev.taiwa.cases.patent.model.PatentState.UNDER_SCREENING;
import static dev.taiwa.cases.prereport.model.PreReportState.DRAFT;
import static dev.taiwa.cases.prereport.model.PreReportState.SUBMITTED;
import static dev.taiwa.cases.prereport.model.PreReportState.UNDER_REVIEW;

import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One probe per operation: the requests the matrix test sends. */
final class Probes {
  private static final String CASE_PAYLOAD = "{ preReport { id } errors { code field message } }";
  private static final String USER_PAYLOAD = "{ user { id } errors { code field message } }";
  private static final String GRANT_PAYLOAD = "{ grant { id } errors { code field message } }";

  private Probes() {}

  static Map<Operation, Probe> all(ApiClient api, CaseFixture fixture) {
    Map<Operation, Probe> probes = new EnumMap<>(Operation.class);
    probes.put(
        Operation.ME,
        Probe.onNoCase(
            (c, k) -> Probe.answered(api.graphql(c.token(), "{ me { username } }"), "me")));
    probes.put(
        Operation.TECHNOLOGIES,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(c.token(), "{ technologies { number } }"), "technologies")));
    probes.put(
        Operation.TECHNOLOGY_REVISIONS,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(c.token(), "{ technologyRevisions { id } }"),
                    "technologyRevisions")));
    probes.put(
        Operation.CHECK_APPLICABILITY,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(
                        c.token(),
                        "{ checkApplicability(input: {technologyNumbers: [1], destinationCountry:"
                            + " \"CN\", transactionType: LICENSING}) { verdict } }"),
                    "checkApplicability.verdict")));
    probes.put(
        Operation.PRE_REPORT,
        Probe.onCasesIn(
            List.of(DRAFT, SUBMITTED),
            (c, k) ->
                Probe.answered(
                    api.graphql(
                        c.token(),
                        "query($id: ID!) { preReport(id: $id) { id } }",
                        Map.of("id", k.id())),
                    "preReport")));
    probes.put(
        Operation.PRE_REPORTS,
        Probe.onCasesIn(
            List.of(DRAFT, SUBMITTED),
            (c, k) -> {
              GraphQLResponse list =
                  api.graphql(
                      c.token(),
                      "query($t: String) { preReports(filter: {text: $t}) { totalCount } }",
                      Map.of("t", k.marker()));
              Number count = list.at("preReports.totalCount");
              return count != null && count.intValue() == 1 ? Outcome.ALLOWED : Outcome.DENIED;
            }));
    probes.put(
        Operation.AUDIT_TRAIL,
        Probe.onCasesIn(
            List.of(DRAFT, SUBMITTED),
            (c, k) -> {
              GraphQLResponse trail =
                  api.graphql(
                      c.token(),
                      "query($id: ID!) { auditTrail(caseId: $id) { action } }",
                      Map.of("id", k.id()));
              List<?> events = trail.at("auditTrail");
              Outcome outcome = Probe.answered(trail, "auditTrail");
              return outcome == Outcome.ALLOWED && events.isEmpty() ? Outcome.DENIED : outcome;
            }));
    probes.put(
        Operation.AUDIT_EVENTS,
        Probe.onCasesIn(
            List.of(DRAFT, SUBMITTED),
            (c, k) -> {
              GraphQLResponse events =
                  api.graphql(
                      c.token(),
                      "query($id: ID!) { auditEvents(filter: {caseId: $id}) { totalCount } }",
                      Map.of("id", k.id()));
              Outcome outcome = Probe.answered(events, "auditEvents");
              Number count = events.at("auditEvents.totalCount");
              return outcome == Outcome.ALLOWED && count.intValue() == 0 ? Outcome.DENIED : outcome;
            }));
    probes.put(
        Operation.VERIFY_AUDIT_CHAIN,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(c.token(), "{ verifyAuditChain { intact } }"),
                    "verifyAuditChain")));
    probes.put(
        Operation.CREATE_PRE_REPORT_DRAFT,
        Probe.onNoCase(
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) "
                            + CASE_PAYLOAD
                            + " }",
                        Map.of("in", CaseFixture.form("create"))),
                    "createPreReportDraft")));
    probes.put(
        Operation.UPDATE_PRE_REPORT_DRAFT,
        Probe.onCasesIn(
            List.of(DRAFT, SUBMITTED),
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($id: ID!, $v: Int!, $in: PreReportInput!) {"
                            + " updatePreReportDraft(id: $id, expectedVersion: $v, input: $in) "
                            + CASE_PAYLOAD
                            + " }",
                        Map.of(
                            "id",
                            k.id(),
                            "v",
                            k.state() == DRAFT ? 1 : 2,
                            "in",
                            CaseFixture.form(k.marker()))),
                    "updatePreReportDraft")));
    probes.put(
        Operation.SUBMIT_PRE_REPORT, change(api, "submitPreReport", "", List.of(DRAFT, SUBMITTED)));
    probes.put(
        Operation.START_PRE_REPORT_REVIEW,
        change(api, "startPreReportReview", "", List.of(SUBMITTED, UNDER_REVIEW)));
    probes.put(
        Operation.WITHDRAW_PRE_REPORT,
        change(
            api,
            "withdrawPreReport",
            ", reason: \"deal off\"",
            List.of(DRAFT, SUBMITTED, UNDER_REVIEW)));
    grantProbes(api, fixture, probes);
    DialogueProbes.add(api, fixture, probes);
    DialogueOutcomeProbes.add(api, fixture, probes);
    administrationProbes(api, fixture, probes);
    patentProbes(api, fixture, probes);
    PatentReviewProbes.add(api, fixture, probes);
    DeadlineProbes.add(api, fixture, probes);
    IpcRevisionProbes.add(api, probes);
    ScreeningProbes.add(api, fixture, probes);
    PatentExtraProbes.add(api, fixture, probes);
    DialogueQueueProbes.add(api, probes);
    SavedViewProbes.add(api, probes);
    PatentFinishProbes.add(api, fixture, probes);
    DocumentProbes.add(api, probes);
    return probes;
  }

  /**
   * Track B. The reads are tried on a secret application (SENT_TO_REVIEW) and on non-secret ones:
   * they count as ALLOWED only when the content (the title) comes back, so a withheld answer is
   * DENIED for content.
   */
  private static void patentProbes(
      ApiClient api, CaseFixture fixture, Map<Operation, Probe> probes) {
    List<PatentState> secretAndNot = List.of(UNDER_SCREENING, SENT_TO_REVIEW, NOT_SENT);
    probes.put(
        Operation.SPECIFIED_FIELDS,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(c.token(), "{ specifiedFields(asOf: \"2025-01-01\") { number } }"),
                    "specifiedFields.0.number")));
    probes.put(
        Operation.PATENT_APPLICATION,
        Probe.onCasesIn(
            secretAndNot,
            (c, k) -> {
              GraphQLResponse response =
                  api.graphql(
                      c.token(),
                      "query($id: ID!) { patentApplication(id: $id) { id title secretWithheld } }",
                      Map.of("id", k.id()));
              Outcome seen = Probe.answered(response, "patentApplication");
              return seen == Outcome.ALLOWED && response.at("patentApplication.title") != null
                  ? Outcome.ALLOWED
                  : Outcome.DENIED;
            }));
    probes.put(
        Operation.PATENT_APPLICATIONS,
        Probe.onCasesIn(
            secretAndNot,
            (c, k) -> {
              GraphQLResponse list =
                  api.graphql(
                      c.token(),
                      "query($n: String) { patentApplications(filter: {applicationNumber: $n})"
                          + " { totalCount edges { node { title } } } }",
                      Map.of("n", k.marker()));
              Number count = list.at("patentApplications.totalCount");
              return count != null
                      && count.intValue() == 1
                      && list.at("patentApplications.edges.0.node.title") != null
                  ? Outcome.ALLOWED
                  : Outcome.DENIED;
            }));
    probes.put(
        Operation.SCREENING_WORKBENCH,
        Probe.onCasesIn(
            List.of(UNDER_SCREENING),
            (c, k) ->
                Probe.answered(
                    api.graphql(
                        c.token(),
                        "query($id: ID!) { screeningWorkbench(id: $id) { mappingAvailable } }",
                        Map.of("id", k.id())),
                    "screeningWorkbench")));
    probes.put(
        Operation.REGISTER_PATENT_APPLICATION,
        Probe.onNoCase(
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($in: PatentApplicationInput!) { registerPatentApplication(input:"
                            + " $in) "
                            + PatentCaseFixture.PAYLOAD
                            + " }",
                        Map.of("in", fixture.patents().input(PatentCaseFixture.nextNumber()))),
                    "registerPatentApplication")));
    probes.put(
        Operation.DECIDE_SCREENING,
        Probe.onCasesIn(
            List.of(UNDER_SCREENING, NOT_SENT),
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($id: ID!) { decideScreening(id: $id, input: {outcome: NOT_SENT,"
                            + " reason: \"no field\"}) "
                            + PatentCaseFixture.PAYLOAD
                            + " }",
                        Map.of("id", k.id())),
                    "decideScreening")));
    probes.put(
        Operation.REQUEST_SECURITY_REVIEW,
        Probe.onCasesIn(
            List.of(UNDER_SCREENING, SENT_TO_REVIEW),
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($id: ID!) { requestSecurityReview(id: $id) "
                            + PatentCaseFixture.PAYLOAD
                            + " }",
                        Map.of("id", k.id())),
                    "requestSecurityReview")));
  }

  private static void administrationProbes(
      ApiClient api, CaseFixture fixture, Map<Operation, Probe> probes) {
    probes.put(
        Operation.USERS,
        Probe.onNoCase(
            (c, k) -> Probe.answered(api.graphql(c.token(), "{ users { id } }"), "users")));
    probes.put(
        Operation.STATISTICS,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(c.token(), "{ statistics { deadlines { rule } } }"),
                    "statistics.deadlines")));
    probes.put(
        Operation.COLLEAGUES,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(api.graphql(c.token(), "{ colleagues { id } }"), "colleagues")));
    probes.put(
        Operation.ORGANISATIONS,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(c.token(), "{ organisations { id } }"), "organisations")));
    probes.put(
        Operation.CREATE_USER,
        Probe.onNoCase(
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($in: CreateUserInput!) { createUser(input: $in) "
                            + USER_PAYLOAD
                            + " }",
                        Map.of(
                            "in",
                            Map.of(
                                "username",
                                "new-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                                "displayName",
                                "新規 利用者",
                                "organisationId",
                                organisationOf(api, c),
                                "roles",
                                List.of("FILER"),
                                "initialPassword",
                                "a long initial password"))),
                    "createUser")));
    probes.put(Operation.DISABLE_USER, onAccount(api, fixture, "disableUser", "", true));
    probes.put(Operation.ENABLE_USER, onAccount(api, fixture, "enableUser", "", false));
    probes.put(
        Operation.RESET_PASSWORD,
        onAccount(api, fixture, "resetPassword", ", newPassword: \"another long password\"", true));
    probes.put(
        Operation.ASSIGN_ROLES,
        onAccount(api, fixture, "assignRoles", ", roles: [FILER, AUDITOR]", true));
    probes.put(
        Operation.CREATE_ORGANISATION,
        Probe.onNoCase(
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($n: String!) { createOrganisation(input: {name: $n, kind: COMPANY})"
                            + " { organisation { id } errors { code field message } } }",
                        Map.of("n", "新会社 " + java.util.UUID.randomUUID())),
                    "createOrganisation")));
  }

  /** An administration change of a fresh account: {@code mutation(id: ..., <arguments>)}. */
  private static Probe onAccount(
      ApiClient api, CaseFixture fixture, String mutation, String arguments, boolean enabled) {
    return Probe.onNoCase(
        (c, k) ->
            Probe.payload(
                api.graphql(
                    c.token(),
                    "mutation($id: ID!) { "
                        + mutation
                        + "(id: $id"
                        + arguments
                        + ") "
                        + USER_PAYLOAD
                        + " }",
                    Map.of("id", fixture.accountToAdminister(enabled))),
                mutation));
  }

  private static String organisationOf(ApiClient api, Caller caller) {
    return api.graphql(caller.token(), "{ me { organisation { id } } }").at("me.organisation.id");
  }

  private static void grantProbes(
      ApiClient api, CaseFixture fixture, Map<Operation, Probe> probes) {
    List<PreReportState> filed = List.of(SUBMITTED);
    probes.put(
        Operation.ACCESS_GRANTS,
        Probe.onCasesIn(
            filed,
            (c, k) ->
                Probe.answered(
                    api.graphql(
                        c.token(),
                        "query($id: ID!) { accessGrants(caseId: $id) { id } }",
                        Map.of("id", k.id())),
                    "accessGrants")));
    probes.put(
        Operation.MY_ACCESS_GRANTS,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(c.token(), "{ myAccessGrants { id } }"), "myAccessGrants")));
    probes.put(
        Operation.BREAK_GLASS_REVIEW_QUEUE,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(c.token(), "{ breakGlassReviewQueue { id } }"),
                    "breakGlassReviewQueue")));
    probes.put(
        Operation.GRANT_ACCESS,
        Probe.onCasesIn(
            filed,
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($in: GrantAccessInput!) { grantAccess(input: $in) "
                            + GRANT_PAYLOAD
                            + " }",
                        Map.of("in", CaseFixture.grantInput(fixture.granteeId(), k.id()))),
                    "grantAccess")));
    probes.put(
        Operation.REVOKE_ACCESS,
        Probe.onCasesIn(
            filed,
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($g: ID!) { revokeAccess(grantId: $g, reason: \"No longer needed\") "
                            + GRANT_PAYLOAD
                            + " }",
                        Map.of("g", fixture.grantOn(k.id()))),
                    "revokeAccess")));
    probes.put(
        Operation.OPEN_BREAK_GLASS,
        Probe.onCasesIn(
            filed,
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($id: ID!) { openBreakGlass(caseId: $id, reason: \"Incident response\") "
                            + GRANT_PAYLOAD
                            + " }",
                        Map.of("id", k.id())),
                    "openBreakGlass")));
    probes.put(
        Operation.REVIEW_BREAK_GLASS,
        Probe.onCasesIn(
            filed,
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($g: ID!) { reviewBreakGlass(grantId: $g, note: \"Justified\") "
                            + GRANT_PAYLOAD
                            + " }",
                        Map.of("g", fixture.breakGlassOn(k.id()))),
                    "reviewBreakGlass")));
  }

  /** A state change of a case: {@code mutation(id: ..., <arguments>)}. */
  private static Probe change(
      ApiClient api, String mutation, String arguments, List<PreReportState> states) {
    return Probe.onCasesIn(
        states,
        (c, k) ->
            Probe.payload(
                api.graphql(
                    c.token(),
                    "mutation($id: ID!) { "
                        + mutation
                        + "(id: $id"
                        + arguments
                        + ") "
                        + CASE_PAYLOAD
                        + " }",
                    Map.of("id", k.id())),
                mutation));
  }
}
