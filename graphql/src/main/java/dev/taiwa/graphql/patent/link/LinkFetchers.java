package dev.taiwa.graphql.patent.link;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.link.application.PreReportLinkCommands;
import dev.taiwa.cases.patent.link.model.PreReportLink;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.graphql.support.ExpectedVersion;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/** Link and unlink, the link types, and the edges on both linked case types. */
public final class LinkFetchers {
  private final PreReportLinkCommands commands;
  private final Executor executor;

  public LinkFetchers(PreReportLinkCommands commands, Executor executor) {
    this.commands = commands;
    this.executor = executor;
  }

  /** The payload of a link mutation. */
  public record Payload(PreReportLink link, List<Rejection> errors) {
    static Payload of(Result<PreReportLink> result) {
      return new Payload(result.value().orElse(null), result.errors());
    }
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .mutation(
            "linkPreReport",
            AsyncDataFetcher.async(
                env ->
                    run(
                        env,
                        (actor, application, expected, report) ->
                            commands.link(
                                actor, application, expected, report, env.getArgument("note"))),
                executor))
        .mutation(
            "unlinkPreReport", AsyncDataFetcher.async(env -> run(env, commands::unlink), executor))
        .type(
            newTypeWiring("PreReportLink")
                .dataFetcher(
                    "applicationId",
                    env -> ((PreReportLink) env.getSource()).applicationId().toString())
                .dataFetcher(
                    "preReportId",
                    env -> ((PreReportLink) env.getSource()).preReportId().toString()))
        .type(
            newTypeWiring("LinkedCase")
                .dataFetcher(
                    "id",
                    env ->
                        ((dev.taiwa.cases.patent.link.application.LinkedCase) env.getSource())
                            .id()
                            .toString()));
  }

  /** The pre-report's edge to its linked applications. */
  public static TypeRuntimeWiring.Builder preReportEdges(TypeRuntimeWiring.Builder type) {
    return type.dataFetcher(
        "linkedPatentApplications",
        env ->
            LinkLoaders.load(env, LinkLoaders.OF_PRE_REPORTS, ((PreReport) env.getSource()).id()));
  }

  /** The application's edge to its linked pre-reports. */
  public static void applicationEdges(TypeRuntimeWiring.Builder type) {
    type.dataFetcher(
        "linkedPreReports",
        env ->
            LinkLoaders.load(
                env,
                LinkLoaders.OF_APPLICATIONS,
                ((PatentApplicationView) env.getSource()).application().id()));
  }

  private Payload run(DataFetchingEnvironment env, LinkCommand command) {
    Actor actor = RequestActor.require(env);
    Optional<CaseId> application = Ids.uuid(env.getArgument("applicationId")).map(CaseId::new);
    Optional<CaseId> report = Ids.uuid(env.getArgument("preReportId")).map(CaseId::new);
    if (application.isEmpty() || report.isEmpty()) {
      return new Payload(
          null,
          List.of(
              Rejection.onField(
                  ErrorCode.NOT_FOUND,
                  application.isEmpty() ? "applicationId" : "preReportId",
                  "Not found.")));
    }
    return Payload.of(command.run(actor, application.get(), ExpectedVersion.of(env), report.get()));
  }

  @FunctionalInterface
  private interface LinkCommand {
    Result<PreReportLink> run(
        Actor actor, CaseId application, Long expectedVersion, CaseId preReport);
  }
}
