package dev.taiwa.service.access;

import static dev.taiwa.cases.prereport.model.PreReportState.SUBMITTED;
import static dev.taiwa.cases.prereport.model.PreReportState.UNDER_REVIEW;
import static dev.taiwa.cases.prereport.model.PreReportState.WITHDRAWN;

import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.service.http.ApiClient;
import java.util.List;
import java.util.Map;

/**
 * The probes of the dialogue queues (who may ask at all; what each queue lists is checked by {@code
 * DialogueQueueHttpTest}) and of allocating a case to oneself.
 */
final class DialogueQueueProbes {
  private DialogueQueueProbes() {}

  static void add(ApiClient api, Map<Operation, Probe> probes) {
    probes.put(
        Operation.DIALOGUE_QUEUE,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(c.token(), "{ dialogueQueue(kind: UNASSIGNED) { totalCount } }"),
                    "dialogueQueue.totalCount")));
    probes.put(
        Operation.ALLOCATE_TO_ME,
        Probe.onCasesIn(
            List.of(SUBMITTED, UNDER_REVIEW, WITHDRAWN),
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($id: ID!) { allocateToMe(caseId: $id) { preReport { id }"
                            + " errors { code field message } } }",
                        Map.of("id", k.id())),
                    "allocateToMe")));
  }
}
