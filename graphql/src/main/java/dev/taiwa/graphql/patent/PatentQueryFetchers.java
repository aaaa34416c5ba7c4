package dev.taiwa.graphql.patent;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.application.ScreeningWorkbench;
import dev.taiwa.cases.patent.application.ScreeningWorkbenchQuery;
import dev.taiwa.cases.patent.catalogue.SpecifiedField;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldRevision;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RefusalException;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import dev.taiwa.graphql.support.TotalCount;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * {@code specifiedFields}, {@code patentApplication}, {@code patentApplications}, the workbench.
 */
public final class PatentQueryFetchers {
  /** The fields whose reading is a read of secret content (and is audited when secret). */
  static final String[] CONTENT = {"title", "abstract", "claims"};

  private static final int DEFAULT_PAGE_SIZE = 20;

  private final PatentQueries queries;
  private final ScreeningWorkbenchQuery workbench;
  private final SpecifiedFieldCatalogue catalogue;
  private final Clock clock;
  private final Executor executor;

  public PatentQueryFetchers(
      PatentQueries queries,
      ScreeningWorkbenchQuery workbench,
      SpecifiedFieldCatalogue catalogue,
      Clock clock,
      Executor executor) {
    this.queries = queries;
    this.workbench = workbench;
    this.catalogue = catalogue;
    this.clock = clock;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .query("specifiedFields", AsyncDataFetcher.async(this::specifiedFields, executor))
        .query("patentApplication", AsyncDataFetcher.async(this::application, executor))
        .query("patentApplications", AsyncDataFetcher.async(this::applications, executor))
        .query("screeningWorkbench", AsyncDataFetcher.async(this::workbench, executor));
  }

  private List<SpecifiedField> specifiedFields(DataFetchingEnvironment env) {
    RequestActor.require(env);
    LocalDate asOf = env.getArgument("asOf");
    LocalDate date = asOf != null ? asOf : JapanTime.dateOf(clock.instant());
    return catalogue.inForceOn(date).map(SpecifiedFieldRevision::fields).orElse(List.of());
  }

  private PatentApplicationView application(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    boolean readsContent = env.getSelectionSet().containsAnyOf(CONTENT[0], CONTENT[1], CONTENT[2]);
    return Ids.uuid(env.getArgument("id"))
        .flatMap(id -> queries.find(actor, new CaseId(id), readsContent))
        .orElse(null);
  }

  private PatentApplicationConnection applications(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Integer first = env.getArgument("first");
    PageRequest page;
    try {
      page =
          new PageRequest(
              first == null ? DEFAULT_PAGE_SIZE : first,
              PatentCursor.decode(env.getArgument("after")),
              TotalCount.selected(env));
    } catch (IllegalArgumentException e) {
      throw new RefusalException(ErrorCode.INVALID_VALUE, "first must lie in 1..100");
    }
    boolean readsContent =
        env.getSelectionSet()
            .containsAnyOf("edges/node/title", "edges/node/abstract", "edges/node/claims");
    return PatentApplicationConnection.of(
        queries.search(actor, PatentInputs.filter(env.getArgument("filter")), page, readsContent));
  }

  private ScreeningWorkbench workbench(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Result<ScreeningWorkbench> result =
        Ids.uuid(env.getArgument("id"))
            .map(id -> workbench.open(actor, new CaseId(id)))
            .orElse(null);
    if (result == null) {
      return null;
    }
    for (Rejection rejection : result.errors()) {
      if (rejection.code() == ErrorCode.FORBIDDEN) {
        throw new RefusalException(ErrorCode.FORBIDDEN, rejection.message());
      }
    }
    return result.value().orElse(null);
  }
}
