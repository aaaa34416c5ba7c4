package dev.taiwa.service.access;

import static dev.taiwa.cases.patent.model.PatentState.APPLICATION_MAINTAINED;
import static dev.taiwa.cases.patent.model.PatentState.DESIGNATED;
import static dev.taiwa.cases.patent.model.PatentState.PRIOR_NOTICE_ISSUED;
import static dev.taiwa.cases.patent.model.PatentState.SENT_TO_REVIEW;
import static dev.taiwa.cases.patent.model.PatentState.UNDER_SCREENING;
import static dev.taiwa.cases.patent.model.PatentState.UNDER_SECURITY_REVIEW;

import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The probes of security review and designation. Each change is tried in the state it needs and in
 * a neighbouring one; a dismissal refused only because the reply period is still running counts as
 * allowed (access control let it through). Requests an answer or decision needs are made first by
 * the fixture's reviewer or the owning filer.
 */
final class PatentReviewProbes {
  private static final String CASE = "{ patentApplication { id } errors { code field message } }";
  private static final String RECORD = "{ recordId errors { code field message } }";

  private PatentReviewProbes() {}

  static void add(ApiClient api, CaseFixture fixture, Map<Operation, Probe> probes) {
    String inSixMonths = LocalDate.now(JapanTime.ZONE).plusMonths(6).toString();
    String today = LocalDate.now(JapanTime.ZONE).toString();
    probes.put(
        Operation.SCREENING_QUEUE,
        Probe.onNoCase(
            (c, k) -> {
              String listed = fixture.patents().inState(UNDER_SCREENING).id();
              GraphQLResponse response = api.graphql(c.token(), "{ screeningQueue { id } }");
              if (Probe.answered(response, "screeningQueue") != Outcome.ALLOWED) {
                return Outcome.DENIED;
              }
              List<Map<String, Object>> queue = response.at("screeningQueue");
              return queue.stream().anyMatch(a -> listed.equals(a.get("id")))
                  ? Outcome.ALLOWED
                  : Outcome.DENIED;
            }));
    change(
        api,
        probes,
        Operation.START_SECURITY_REVIEW,
        List.of(SENT_TO_REVIEW, UNDER_SCREENING),
        "startSecurityReview(id: $id)");
    change(
        api,
        probes,
        Operation.ISSUE_PRIOR_NOTICE,
        List.of(UNDER_SECURITY_REVIEW, SENT_TO_REVIEW),
        "issuePriorNotice(id: $id, text: \"通知\")");
    change(
        api,
        probes,
        Operation.MAINTAIN_PATENT_APPLICATION,
        List.of(PRIOR_NOTICE_ISSUED, UNDER_SECURITY_REVIEW),
        "maintainPatentApplication(id: $id, input: {businesses: [{name: \"共有社\", address:"
            + " \"東京都\", role: \"製造\"}]})");
    change(
        api,
        probes,
        Operation.WITHDRAW_PATENT_APPLICATION,
        List.of(UNDER_SECURITY_REVIEW, PatentState.NOT_SENT),
        "withdrawPatentApplication(id: $id, reason: \"取下げ\")");
    change(
        api,
        probes,
        Operation.DESIGNATE_PATENT_APPLICATION,
        List.of(APPLICATION_MAINTAINED, PRIOR_NOTICE_ISSUED),
        "designatePatentApplication(id: $id, periodEnd: \"" + inSixMonths + "\", reason: \"理由\")");
    change(
        api,
        probes,
        Operation.DECIDE_NOT_DESIGNATED,
        List.of(UNDER_SECURITY_REVIEW, DESIGNATED),
        "decideNotDesignated(id: $id, notice: \"通知\")");
    change(
        api,
        probes,
        Operation.EXTEND_DESIGNATION,
        List.of(DESIGNATED, APPLICATION_MAINTAINED),
        "extendDesignation(id: $id, periodEnd: \""
            + LocalDate.now(JapanTime.ZONE).plusMonths(12)
            + "\", reason: \"延長\")");
    change(
        api,
        probes,
        Operation.LIFT_DESIGNATION,
        List.of(DESIGNATED, PatentState.LIFTED),
        "liftDesignation(id: $id, reason: \"解除\", noticeDate: \"" + today + "\")");
    probes.put(
        Operation.DISMISS_PATENT_APPLICATION,
        Probe.onCasesIn(
            List.of(PRIOR_NOTICE_ISSUED, UNDER_SECURITY_REVIEW),
            (c, k) -> {
              GraphQLResponse response =
                  call(api, c.token(), k.id(), "dismissPatentApplication(id: $id, reason: \"却下\")");
              List<Map<String, Object>> errors = response.at("dismissPatentApplication.errors");
              if (errors != null
                  && errors.size() == 1
                  && "REPLY_PERIOD_NOT_ENDED".equals(errors.get(0).get("code"))) {
                return Outcome.ALLOWED;
              }
              return Probe.payload(response, "dismissPatentApplication");
            }));
    record(
        api,
        probes,
        Operation.REQUEST_REVIEW_MATERIALS,
        List.of(UNDER_SECURITY_REVIEW, DESIGNATED),
        "requestReviewMaterials",
        (id) -> "requestReviewMaterials(id: $id, input: {text: \"資料\", replyDays: 10})");
    record(
        api,
        probes,
        Operation.ANSWER_REVIEW_MATERIALS,
        List.of(UNDER_SECURITY_REVIEW, DESIGNATED),
        "answerReviewMaterials",
        (id) ->
            "answerReviewMaterials(id: $id, requestId: \""
                + fixture.patents().materialsRequest(id)
                + "\", text: \"回答\")");
    record(
        api,
        probes,
        Operation.RECORD_CONSULTATION,
        List.of(PRIOR_NOTICE_ISSUED, SENT_TO_REVIEW),
        "recordConsultation",
        (id) -> "recordConsultation(id: $id, text: \"照会\")");
    record(
        api,
        probes,
        Operation.FILE_DESIGNATION_OBLIGATION,
        List.of(DESIGNATED, APPLICATION_MAINTAINED),
        "fileDesignationObligation",
        (id) ->
            "fileDesignationObligation(id: $id, input: {kind: MANAGEMENT_ATTESTATION, text:"
                + " \"管理措置\"})");
    record(
        api,
        probes,
        Operation.DECIDE_DESIGNATION_OBLIGATION,
        List.of(DESIGNATED, PatentState.LIFTED),
        "decideDesignationObligation",
        (id) ->
            "decideDesignationObligation(id: $id, input: {kind: WORKING_PERMISSION_GRANTED,"
                + " parentId: \""
                + fixture.patents().workingPermissionRequest(id)
                + "\", text: \"条件\"})");
  }

  private static GraphQLResponse call(ApiClient api, String token, String id, String call) {
    return api.graphql(token, "mutation($id: ID!) { " + call + " " + CASE + " }", Map.of("id", id));
  }

  private static void change(
      ApiClient api,
      Map<Operation, Probe> probes,
      Operation operation,
      List<PatentState> states,
      String call) {
    probes.put(
        operation,
        Probe.onCasesIn(
            states,
            (c, k) -> Probe.payload(call(api, c.token(), k.id(), call), operation.field())));
  }

  private static void record(
      ApiClient api,
      Map<Operation, Probe> probes,
      Operation operation,
      List<PatentState> states,
      String field,
      java.util.function.Function<String, String> call) {
    probes.put(
        operation,
        Probe.onCasesIn(
            states,
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($id: ID!) { " + call.apply(k.id()) + " " + RECORD + " }",
                        Map.of("id", k.id())),
                    field)));
  }
}
