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
 * The {@code PatentApplication} type over {@link PatentApplicationView}. What the caller may be
 * shown of it is not decided here: {@link dev.taiwa.graphql.support.SecrecyGuard} stands in front
 * of every field and fetches only what {@link dev.taiwa.cases.secrecy.WithheldFields} shows under
 * the view's disclosure.
 */
public final class PatentFields {
  private final PatentQueries queries;
  private final PatentReviewFields review;

  public PatentFields(PatentQueries queries, PatentReviewFields review) {
    this.queries = queries;
    this.review = review;
  }

  public void wire(SchemaWiring wiring) {
    wire(wiring, UnaryOperator.identity());
  }

  /** Wires the type; {@code edges} adds the fields other subdomains hang on an application. */
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
    review.addTo(type);
    wiring
        .type(edges.apply(type))
        .type(
            newTypeWiring("ScreeningWorkbench")
                .dataFetcher("applicationId", workbench(w -> w.application().id().toString()))
                .dataFetcher("applicationNumber", workbench(w -> w.application().number().value()))
                .dataFetcher("secretWithheld", workbench(w -> w.disclosure().withheld())))
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
    List<CompletableFuture<dev.taiwa.cases.identity.Organisation>> loads =
        view(env).application().applicants().stream()
            .map(id -> OrganisationLoader.load(env, id))
            .toList();
    return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new))
        .thenApply(done -> loads.stream().map(CompletableFuture::join).toList());
  }

  private static <T> DataFetcher<T> shown(Function<PatentApplication, T> field) {
    return env -> field.apply(view(env).application());
  }

  private static <T> DataFetcher<T> workbench(Function<ScreeningWorkbench, T> field) {
    return env -> field.apply(env.getSource());
  }

  private static PatentApplicationView view(DataFetchingEnvironment env) {
    return env.getSource();
  }
}
