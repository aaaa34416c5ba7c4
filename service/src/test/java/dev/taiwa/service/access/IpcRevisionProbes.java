package dev.taiwa.service.access;

import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.service.http.ApiClient;
import java.util.List;
import java.util.Map;

/**
 * The probes of the IPC mapping revisions. The recorded revision maps only field 23 (nuclear
 * explosives, G21J) and is effective with the built-in one; no probed application carries G21J.
 */
final class IpcRevisionProbes {
  private IpcRevisionProbes() {}

  static void add(ApiClient api, Map<Operation, Probe> probes) {
    probes.put(
        Operation.RECORD_SPECIFIED_FIELD_REVISION,
        Probe.onNoCase(
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($in: SpecifiedFieldRevisionInput!) {"
                            + " recordSpecifiedFieldRevision(input: $in) { revision { id }"
                            + " errors { code field message } } }",
                        Map.of(
                            "in",
                            Map.of(
                                "effectiveFrom",
                                "2024-05-01",
                                "source",
                                "Access matrix probe",
                                "mappings",
                                List.of(
                                    Map.of(
                                        "fieldNumber",
                                        23,
                                        "ipcGroups",
                                        List.of("G21J"),
                                        "source",
                                        "Access matrix probe"))))),
                    "recordSpecifiedFieldRevision")));
    probes.put(
        Operation.SPECIFIED_FIELD_REVISIONS,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(c.token(), "{ specifiedFieldRevisions { id effectiveFrom } }"),
                    "specifiedFieldRevisions")));
  }
}
