package dev.taiwa.graphql.patent;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.application.ScreeningOutcome;
import dev.taiwa.cases.patent.application.ScreeningWorkbench;
import dev.taiwa.cases.patent.model.FilingRoute;
import dev.taiwa.cases.patent.model.IpcCode;
import dev.taiwa.cases.patent.model.PatentAction;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.graphql.identity.OrganisationLoader;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The {@code PatentApplication} type over {@link PatentApplicationView}: id, number and state
 * always; every other field only when the content is not withheld from the caller.
 */
public final class PatentFields {
  private final PatentQueries queries;

  public PatentFields(PatentQueries queries) {
    this.queries = queries;
  }

  public void wire(SchemaWiring wiring) {
    wire(wiring, UnaryOperator.identity());
  }

  /**
   * Wires the types; {@code edges} adds the fields other subdomains hang on an application (the
   * type is wired once, strictly).
   */
  public void wire(SchemaWiring wiring, UnaryOperator<TypeRuntimeWiring.Builder> edges) {
    TypeRuntimeWiring.Builder type =
        newTypeWiring("PatentApplication")
            .dataFetcher("id", env -> view(env).application().id().toString())
            .dataFetcher("applicationNumber", env -> view(env).application().number().value())
            .dataFetcher("state", env -> view(env).application().state())
            .dataFetcher("secretWithheld", env -> view(env).secretWithheld())
            .dataFetcher("version", shown(PatentApplication::version))
            .dataFetcher("filingDate", shown(PatentApplication::filingDate))
            .dataFetcher(
                "applicantIds",
                shown(a -> a.applicants().stream().map(OrganisationId::toString).toList()))
            .dataFetcher("applicants", PatentFields::applicants)
            .dataFetcher(
                "inventionCompletedInJapan", shown(PatentApplication::inventionCompletedInJapan))
            .dataFetcher("title", shown(PatentApplication::title))
            .dataFetcher("abstract", shown(PatentApplication::abstractText))
            .dataFetcher("claims", shown(PatentApplication::claims))
            .dataFetcher("ipcCodes", shown(a -> a.ipcCodes().stream().map(IpcCode::value).toList()))
            .dataFetcher("route", shown(PatentApplication::route))
            .dataFetcher("additionalRequirementFacts", shown(PatentApplication::additionalFacts))
            .dataFetcher("outsideReason", shown(PatentApplication::outsideReason))
            .dataFetcher("screeningDue", shown(PatentApplication::screeningDue))
            .dataFetcher("matchedFields", shown(PatentApplication::matchedFields))
            .dataFetcher("decisionReason", shown(PatentApplication::decisionReason))
            .dataFetcher("assignedExaminerId", shown(a -> a.assignedExaminer().toString()))
            .dataFetcher("availableActions", this::actions);
    wiring
        .type(edges.apply(type))
        .type(
            newTypeWiring("ScreeningWorkbench")
                .dataFetcher("applicationId", workbench(w -> w.application().id().toString()))
                .dataFetcher("applicationNumber", workbench(w -> w.application().number().value())))
        .enumeration("PatentApplicationState", PatentState.class)
        .enumeration("PatentAction", PatentAction.class)
        .enumeration("FilingRoute", FilingRoute.class)
        .enumeration("ScreeningOutcome", ScreeningOutcome.class);
  }

  private List<PatentAction> actions(DataFetchingEnvironment env) {
    return List.copyOf(
        queries.availableActions(RequestActor.require(env), view(env).application()));
  }

  private static Object applicants(DataFetchingEnvironment env) {
    return view(env)
        .content()
        .<Object>map(
            a -> {
              List<CompletableFuture<dev.taiwa.cases.identity.Organisation>> loads =
                  a.applicants().stream().map(id -> OrganisationLoader.load(env, id)).toList();
              return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new))
                  .thenApply(done -> loads.stream().map(CompletableFuture::join).toList());
            })
        .orElse(null);
  }

  private static <T> DataFetcher<T> shown(Function<PatentApplication, T> field) {
    return env -> view(env).content().map(field).orElse(null);
  }

  private static <T> DataFetcher<T> workbench(Function<ScreeningWorkbench, T> field) {
    return env -> field.apply(env.getSource());
  }

  private static PatentApplicationView view(DataFetchingEnvironment env) {
    return env.getSource();
  }
}
