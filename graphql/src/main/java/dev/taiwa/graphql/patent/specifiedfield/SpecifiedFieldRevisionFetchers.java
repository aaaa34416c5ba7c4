package dev.taiwa.graphql.patent.specifiedfield;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.patent.catalogue.IpcMappingRevision;
import dev.taiwa.cases.patent.catalogue.NewIpcMappingRevision;
import dev.taiwa.cases.patent.catalogue.application.SpecifiedFieldRevisionCommands;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/** {@code recordSpecifiedFieldRevision} and {@code specifiedFieldRevisions}. */
public final class SpecifiedFieldRevisionFetchers {
  private final SpecifiedFieldRevisionCommands commands;
  private final Executor executor;

  public SpecifiedFieldRevisionFetchers(
      SpecifiedFieldRevisionCommands commands, Executor executor) {
    this.commands = commands;
    this.executor = executor;
  }

  /** The mutation's payload. */
  public record Payload(IpcMappingRevision revision, List<Rejection> errors) {}

  public void wire(SchemaWiring wiring) {
    wiring
        .query("specifiedFieldRevisions", AsyncDataFetcher.async(this::revisions, executor))
        .mutation("recordSpecifiedFieldRevision", AsyncDataFetcher.async(this::record, executor));
  }

  private List<IpcMappingRevision> revisions(DataFetchingEnvironment env) {
    RequestActor.require(env);
    return commands.recorded();
  }

  private Payload record(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Result<IpcMappingRevision> result = commands.record(actor, draft(env.getArgument("input")));
    return new Payload(result.value().orElse(null), result.errors());
  }

  @SuppressWarnings("unchecked")
  private static NewIpcMappingRevision draft(Map<String, Object> input) {
    List<Map<String, Object>> mappings = (List<Map<String, Object>>) input.get("mappings");
    return new NewIpcMappingRevision(
        (LocalDate) input.get("effectiveFrom"),
        (String) input.get("source"),
        mappings == null
            ? List.of()
            : mappings.stream()
                .map(
                    m ->
                        new NewIpcMappingRevision.Mapping(
                            (Integer) m.get("fieldNumber"),
                            (List<String>) m.get("ipcGroups"),
                            (String) m.get("source")))
                .toList());
  }
}
