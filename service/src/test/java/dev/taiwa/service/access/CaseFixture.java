package dev.taiwa.service.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.patent.compensation.model.CompensationState;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.service.http.ApiClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Puts a fresh pre-report of the owning company into a given state, through the API as the
 * company's filer and the dialogue officer would. Each case carries a unique marker in its
 * description so list probes can look for exactly this case.
 */
public final class CaseFixture {
  private static final String PAYLOAD = "{ preReport { id state } errors { code message } }";

  private final ApiClient api;
  private final String filerToken;
  private final String officerToken;
  private final String reviewerToken;
  private final String granteeId;
  private final java.util.function.Function<Boolean, String> accounts;
  private final String officerId;
  private String screeningAdmin;
  private final Map<String, String> meetings = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, String> concerns = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, String> queries = new java.util.concurrent.ConcurrentHashMap<>();
  private PatentCaseFixture patents;
  private PriorConfirmationFixture priorConfirmations;
  private DesignatedPatentFixture designated;
  private CompensationFixture compensation;

  /**
   * @param accounts stores a new account (enabled or not) in the owning company and returns its id
   */
  CaseFixture(
      ApiClient api,
      String filerToken,
      String officerToken,
      String reviewerToken,
      String granteeId,
      String officerId,
      java.util.function.Function<Boolean, String> accounts) {
    this.officerId = officerId;
    this.accounts = accounts;
    this.api = api;
    this.filerToken = filerToken;
    this.officerToken = officerToken;
    this.reviewerToken = reviewerToken;
    this.granteeId = granteeId;
  }

  /** A fresh account for an administration probe to act on. */
  String accountToAdminister(boolean enabled) {
    return accounts.apply(enabled);
  }

  /** The fixture's dialogue officer, whom probes assign to cases. */
  String officerId() {
    return officerId;
  }

  /** The user to whom probes and the fixture grant access. */
  String granteeId() {
    return granteeId;
  }

  /** A security reviewer grants the grantee access to the case; returns the grant's id. */
  String grantOn(String caseId) {
    return api.graphql(
            reviewerToken,
            "mutation($in: GrantAccessInput!) { grantAccess(input: $in) { grant { id } } }",
            Map.of("in", grantInput(granteeId, caseId)))
        .at("grantAccess.grant.id");
  }

  /** A security reviewer opens break-glass access to the case; returns the grant's id. */
  String breakGlassOn(String caseId) {
    return api.graphql(
            reviewerToken,
            "mutation($id: ID!) { openBreakGlass(caseId: $id, reason: \"Incident response at night\")"
                + " { grant { id } } }",
            Map.of("id", caseId))
        .at("openBreakGlass.grant.id");
  }

  static Map<String, Object> grantInput(String granteeId, String caseId) {
    return Map.of(
        "granteeId",
        granteeId,
        "caseId",
        caseId,
        "reason",
        "Expert opinion on the claims",
        "expiresAt",
        java.time.Instant.now().plus(java.time.Duration.ofDays(7)).toString());
  }

  /**
   * A case created for a probe: its id and its marker (a pre-report's description marker, a patent
   * application's number).
   */
  public record ProbedCase(String id, String marker, Enum<?> state) {}

  /** The owning company's examiner registers patent applications for the owning company. */
  CaseFixture withPatents(String examinerToken, String applicantId) {
    this.patents =
        new PatentCaseFixture(api, examinerToken, reviewerToken, filerToken, applicantId);
    this.priorConfirmations =
        new PriorConfirmationFixture(api, filerToken, examinerToken, reviewerToken);
    return this;
  }

  /** Designated (and formerly designated) applications through the store, and claims on them. */
  CaseFixture withDesignations(dev.taiwa.cases.patent.port.PatentApplications store) {
    this.designated = new DesignatedPatentFixture(patents, store);
    this.compensation = new CompensationFixture(api, designated, filerToken, reviewerToken);
    return this;
  }

  /** A submitted pre-report of the owning company, linked by its filer to the application. */
  String linkedPreReport(String applicationId) {
    String report = inState(PreReportState.SUBMITTED).id();
    List<?> errors =
        api.graphql(
                filerToken,
                "mutation($a: ID!, $r: ID!) { linkPreReport(applicationId: $a, preReportId: $r,"
                    + " note: \"同じ技術\") { errors { code } } }",
                Map.of("a", applicationId, "r", report))
            .at("linkPreReport.errors");
    assertEquals(List.of(), errors, "fixture step linkPreReport");
    return report;
  }

  /** The owning company's filer asks for a notice of non-sending on the application. */
  void nonSendingNoticeRequested(String applicationId) {
    List<?> errors =
        api.graphql(
                filerToken,
                "mutation($id: ID!) { requestNonSendingNotice(id: $id) { errors { code } } }",
                Map.of("id", applicationId))
            .at("requestNonSendingNotice.errors");
    assertEquals(List.of(), errors, "fixture step requestNonSendingNotice");
  }

  PatentCaseFixture patents() {
    return patents;
  }

  /**
   * A stored screening hit on a submitted case: an administrator imports an End User List naming
   * the fixture's counterparty (試験公司), the company submits a case, which is screened on submission;
   * answers the hit's id.
   */
  CaseFixture withScreeningAdmin(String adminToken) {
    this.screeningAdmin = adminToken;
    return this;
  }

  String screeningHit() {
    String adminToken = screeningAdmin;
    String csv =
        "No.,Country or Region,Company or Organization,Also Known As,Type of WMD\n"
            + "1,China,Shiken Kosu "
            + UUID.randomUUID()
            + ",試験公司,M\n";
    api.graphql(
        adminToken,
        "mutation($in: ImportScreeningListInput!) { importScreeningList(input: $in) {"
            + " errors { code } } }",
        Map.of(
            "in",
            Map.of(
                "list",
                "END_USER_LIST",
                "publishedOn",
                "2026-01-05",
                "contentBase64",
                java.util.Base64.getEncoder()
                    .encodeToString(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    String id = inState(PreReportState.SUBMITTED).id();
    java.util.List<Map<String, Object>> hits =
        api.graphql(
                officerToken,
                "query($id: ID!) { preReport(id: $id) { screening { id } } }",
                Map.of("id", id))
            .at("preReport.screening");
    return (String) hits.get(0).get("id");
  }

  ProbedCase inState(Enum<?> state) {
    if (state instanceof CompensationState claim) {
      return compensation.inState(claim);
    }
    if (DesignatedPatentFixture.handles(state)) {
      return designated.inState((PatentState) state);
    }
    if (state instanceof PriorConfirmationState request) {
      return priorConfirmations.inState(request);
    }
    return state instanceof PatentState patent
        ? patents.inState(patent)
        : inState((PreReportState) state);
  }

  ProbedCase inState(PreReportState state) {
    String marker = "probe-" + UUID.randomUUID();
    String id =
        api.graphql(
                filerToken,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) "
                    + PAYLOAD
                    + " }",
                Map.of("in", form(marker)))
            .at("createPreReportDraft.preReport.id");
    if (state != PreReportState.DRAFT) {
      expectState("submitPreReport", filerToken, id, PreReportState.SUBMITTED);
    }
    if (state.ordinal() >= PreReportState.UNDER_REVIEW.ordinal()) {
      expectState("startPreReportReview", officerToken, id, PreReportState.UNDER_REVIEW);
    }
    Set<PreReportState> informed =
        EnumSet.of(
            PreReportState.INFORM_ISSUED,
            PreReportState.LICENCE_APPLIED,
            PreReportState.LICENCE_GRANTED_WITH_CONDITIONS);
    Set<PreReportState> applied =
        EnumSet.of(PreReportState.LICENCE_APPLIED, PreReportState.LICENCE_GRANTED_WITH_CONDITIONS);
    if (state == PreReportState.IN_DIALOGUE || informed.contains(state)) {
      String held = scheduleMeeting(id);
      Object caseState =
          api.graphql(
                  officerToken,
                  "mutation($id: ID!) { recordMeetingHeld(id: $id, input: {}) { meeting { id }"
                      + " errors { code } } }",
                  Map.of("id", held))
              .at("recordMeetingHeld.meeting.id");
      assertEquals(held, caseState, "fixture step recordMeetingHeld");
    }
    if (informed.contains(state)) {
      expectOutcome(
          officerToken,
          "issueInform",
          "mutation($id: ID!, $c: ID!) { issueInform(caseId: $id, input: {citedConcerns: [$c],"
              + " summary: \"probe\"}) { errors { code } } }",
          Map.of("id", id, "c", raiseConcern(id)));
    }
    if (applied.contains(state)) {
      expectOutcome(
          filerToken,
          "applyForLicence",
          "mutation($id: ID!, $d: Date!) { applyForLicence(caseId: $id, input: {companyReference:"
              + " \"probe\", appliedOn: $d}) { errors { code } } }",
          Map.of("id", id, "d", LocalDate.now(ZoneId.of("Asia/Tokyo")).toString()));
    }
    if (state == PreReportState.LICENCE_GRANTED_WITH_CONDITIONS) {
      expectOutcome(
          officerToken,
          "decideLicence",
          "mutation($id: ID!) { decideLicence(caseId: $id, input: {decision:"
              + " GRANTED_WITH_CONDITIONS, items: [\"probe condition\"], summary: \"probe\"}) {"
              + " errors { code } } }",
          Map.of("id", id));
    }
    if (state == PreReportState.WITHDRAWN) {
      meetings.put(id, scheduleMeeting(id));
      concerns.put(id, raiseConcern(id));
      queries.put(id, askQuery(id));
      Object withdrawn =
          api.graphql(
                  filerToken,
                  "mutation($id: ID!) { withdrawPreReport(id: $id, reason: \"deal off\") "
                      + PAYLOAD
                      + " }",
                  Map.of("id", id))
              .at("withdrawPreReport.preReport.state");
      assertEquals("WITHDRAWN", withdrawn, "fixture step withdrawPreReport");
    }
    if (!List.of(
            PreReportState.DRAFT,
            PreReportState.SUBMITTED,
            PreReportState.UNDER_REVIEW,
            PreReportState.IN_DIALOGUE,
            PreReportState.INFORM_ISSUED,
            PreReportState.LICENCE_APPLIED,
            PreReportState.LICENCE_GRANTED_WITH_CONDITIONS,
            PreReportState.WITHDRAWN)
        .contains(state)) {
      throw new IllegalArgumentException("the fixture cannot reach " + state + " yet");
    }
    return new ProbedCase(id, marker, state);
  }

  /** A scheduled meeting of the case (made by the officer unless the fixture kept one). */
  String meetingOn(String caseId) {
    return meetings.computeIfAbsent(caseId, this::scheduleMeeting);
  }

  /** An open query of the case (asked by the officer unless the fixture kept one). */
  String queryOn(String caseId) {
    return queries.computeIfAbsent(caseId, this::askQuery);
  }

  private String askQuery(String caseId) {
    return api.graphql(
            officerToken,
            "mutation($id: ID!) { askQuery(caseId: $id, input: {question: \"probe\"})"
                + " { query { id } errors { code } } }",
            Map.of("id", caseId))
        .at("askQuery.query.id");
  }

  private void expectOutcome(
      String token, String mutation, String query, Map<String, Object> variables) {
    Object errors = api.graphql(token, query, variables).at(mutation + ".errors");
    assertEquals(List.of(), errors, "fixture step " + mutation);
  }

  /** A raised concern of the case (made by the officer unless the fixture kept one). */
  String concernOn(String caseId) {
    return concerns.computeIfAbsent(caseId, this::raiseConcern);
  }

  private String scheduleMeeting(String caseId) {
    return api.graphql(
            officerToken,
            "mutation($id: ID!, $in: MeetingInput!) { scheduleMeeting(caseId: $id, input: $in)"
                + " { meeting { id } errors { code } } }",
            Map.of("id", caseId, "in", meetingInput()))
        .at("scheduleMeeting.meeting.id");
  }

  private String raiseConcern(String caseId) {
    return api.graphql(
            officerToken,
            "mutation($id: ID!, $in: ConcernInput!) { raiseConcern(caseId: $id, input: $in)"
                + " { concern { id } errors { code } } }",
            Map.of("id", caseId, "in", concernInput()))
        .at("raiseConcern.concern.id");
  }

  /** A meeting next month in a meeting room. */
  static Map<String, Object> meetingInput() {
    return Map.of(
        "startsAt",
        java.time.Instant.now().plus(java.time.Duration.ofDays(30)).toString(),
        "place",
        "経済産業省 会議室",
        "agenda",
        List.of(Map.of("text", "技術管理措置", "visibility", "COMPANY_VISIBLE")));
  }

  static Map<String, Object> concernInput() {
    return Map.of(
        "category",
        "END_USE",
        "severity",
        "MEDIUM",
        "description",
        "最終用途の確認",
        "concernInformation",
        "懸念情報 (probe)");
  }

  private void expectState(String mutation, String token, String id, PreReportState expected) {
    Object state =
        api.graphql(
                token,
                "mutation($id: ID!) { " + mutation + "(id: $id) " + PAYLOAD + " }",
                Map.of("id", id))
            .at(mutation + ".preReport.state");
    assertEquals(expected.name(), state, "fixture step " + mutation);
  }

  /** A complete pre-report form whose description carries {@code marker}. */
  public static Map<String, Object> form(String marker) {
    return Map.of(
        "contact", Map.of("name", "試験 太郎", "email", "probe@example.jp"),
        "technologyNumbers", List.of(1),
        "transactionType", "CONTRACT_MANUFACTURING",
        "counterparty",
            Map.of(
                "nameOriginal", "試験公司",
                "nameRomanised", "Probe Co.",
                "countryCode", "CN",
                "relationship", "UNRELATED"),
        "plannedDate", LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(90).toString(),
        "plannedDateKind", "CONTRACT",
        "technologyDescription", "Matrix probe " + marker);
  }
}
