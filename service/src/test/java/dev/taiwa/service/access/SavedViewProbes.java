package dev.taiwa.service.access;

import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.service.http.ApiClient;
import java.util.Map;

/**
 * The probes of saved views: every role lists, saves and deletes its own (who sees whose view is
 * checked by {@code SavedViewHttpTest}).
 */
final class SavedViewProbes {
  private static final String SAVE =
      "mutation { saveView(input: {name: \"probe\", sort: REFERENCE}) { view { id }"
          + " errors { code field message } } }";

  private SavedViewProbes() {}

  static void add(ApiClient api, Map<Operation, Probe> probes) {
    probes.put(
        Operation.SAVED_VIEWS,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(api.graphql(c.token(), "{ savedViews { id } }"), "savedViews")));
    probes.put(
        Operation.SAVE_VIEW,
        Probe.onNoCase((c, k) -> Probe.payload(api.graphql(c.token(), SAVE), "saveView")));
    probes.put(
        Operation.DELETE_VIEW,
        Probe.onNoCase(
            (c, k) -> {
              String id = api.graphql(c.token(), SAVE).at("saveView.view.id");
              return Probe.payload(
                  api.graphql(
                      c.token(),
                      "mutation($id: ID!) { deleteView(id: $id) { id errors { code field message"
                          + " } } }",
                      Map.of("id", id)),
                  "deleteView");
            }));
  }
}
