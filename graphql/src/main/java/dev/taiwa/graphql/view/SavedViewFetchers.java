package dev.taiwa.graphql.view;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportSort;
import dev.taiwa.cases.prereport.port.SortDirection;
import dev.taiwa.cases.view.SavedView;
import dev.taiwa.cases.view.SavedViewUseCases;
import dev.taiwa.graphql.prereport.PreReportConnection;
import dev.taiwa.graphql.prereport.PreReportInputs;
import dev.taiwa.graphql.prereport.PreReportQueryFetchers;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import dev.taiwa.graphql.support.TotalCount;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

/** {@code savedViews}, {@code saveView}, {@code deleteView} and the fields of a view. */
public final class SavedViewFetchers {
  private final SavedViewUseCases views;
  private final PreReportQueries preReports;
  private final Executor executor;

  public SavedViewFetchers(
      SavedViewUseCases views, PreReportQueries preReports, Executor executor) {
    this.views = views;
    this.preReports = preReports;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .query(
            "savedViews",
            AsyncDataFetcher.async(env -> views.visible(RequestActor.require(env)), executor))
        .mutation("saveView", AsyncDataFetcher.async(this::save, executor))
        .mutation("deleteView", AsyncDataFetcher.async(this::delete, executor))
        .type(
            newTypeWiring("SavedView")
                .dataFetcher("id", env -> view(env).id().toString())
                .dataFetcher(
                    "mine", env -> view(env).ownerId().equals(RequestActor.require(env).userId()))
                .dataFetcher("sort", env -> view(env).order().sort())
                .dataFetcher("direction", env -> view(env).order().direction())
                .dataFetcher("csvPath", env -> "/views/" + view(env).id() + ".csv")
                .dataFetcher("filter", env -> env.getSource())
                .dataFetcher("preReports", AsyncDataFetcher.async(this::open, executor)))
        .type(
            newTypeWiring("SavedViewFilter")
                .dataFetcher(
                    "states", env -> List.copyOf(((SavedView) env.getSource()).filter().states()))
                .dataFetcher(
                    "organisationId",
                    env -> {
                      var id = ((SavedView) env.getSource()).filter().organisationId();
                      return id == null ? null : id.toString();
                    })
                .dataFetcher("technologyNumber", env -> filterOf(env).technologyNumber())
                .dataFetcher("destinationCountry", env -> filterOf(env).destinationCountry())
                .dataFetcher("plannedFrom", env -> filterOf(env).plannedFrom())
                .dataFetcher("plannedTo", env -> filterOf(env).plannedTo())
                .dataFetcher("text", env -> filterOf(env).text())
                .dataFetcher("search", env -> filterOf(env).search())
                .dataFetcher("unreviewedHits", env -> filterOf(env).unreviewedHits()));
  }

  private static SavedView view(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static dev.taiwa.cases.prereport.port.PreReportFilter filterOf(
      DataFetchingEnvironment env) {
    return ((SavedView) env.getSource()).filter();
  }

  private SaveViewPayload save(DataFetchingEnvironment env) {
    Map<String, Object> input = env.getArgument("input");
    PreReportSort sort = (PreReportSort) input.get("sort");
    SortDirection direction = (SortDirection) input.get("direction");
    @SuppressWarnings("unchecked")
    Map<String, Object> filter = (Map<String, Object>) input.get("filter");
    Result<SavedView> result =
        views.save(
            RequestActor.require(env),
            (String) input.get("name"),
            PreReportInputs.filter(filter),
            PreReportOrder.of(sort, direction),
            Boolean.TRUE.equals(input.get("shared")));
    return new SaveViewPayload(result.value().orElse(null), result.errors());
  }

  private DeleteViewPayload delete(DataFetchingEnvironment env) {
    Optional<UUID> id = Ids.uuid(env.getArgument("id"));
    if (id.isEmpty()) {
      return new DeleteViewPayload(
          null, List.of(Rejection.onField(ErrorCode.NOT_FOUND, "id", "no such view")));
    }
    Result<SavedView> result = views.delete(RequestActor.require(env), id.get());
    return new DeleteViewPayload(
        result.value().map(v -> v.id().toString()).orElse(null), result.errors());
  }

  private PreReportConnection open(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    SavedView view = view(env);
    Integer first = env.getArgument("first");
    PageRequest page =
        PreReportQueryFetchers.page(
            first == null ? 20 : first,
            env.getArgument("after"),
            TotalCount.selected(env),
            view.order());
    return PreReportConnection.of(
        preReports.search(actor, view.filter(), view.order(), page), view.order());
  }

  /** The answer of {@code saveView}. */
  public record SaveViewPayload(SavedView view, List<Rejection> errors) {}

  /** The answer of {@code deleteView}. */
  public record DeleteViewPayload(String id, List<Rejection> errors) {}
}
