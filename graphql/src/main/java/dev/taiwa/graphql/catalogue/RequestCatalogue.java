package dev.taiwa.graphql.catalogue;

import dev.taiwa.cases.catalogue.Technology;
import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.graphql.support.RequestActor;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.List;

/**
 * "The list in force on a date" for one request: the catalogue's revisions are read once, when the
 * request first asks, however many reports and dates ask. A report's technologies are then answered
 * at once, as its other fields are: the catalogue answers from memory, so batching the reports of a
 * page in a DataLoader saved no statement, and putting each report's list off until the page's
 * batch cost about a tenth of a list request's CPU (issue 19).
 */
public final class RequestCatalogue {
  private final TechnologyCatalogue catalogue;
  private TechnologyCatalogue snapshot;

  private RequestCatalogue(TechnologyCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Gives the request being prepared its own view of {@code catalogue}. */
  public static void put(GraphQLContext.Builder context, TechnologyCatalogue catalogue) {
    context.of(RequestCatalogue.class, new RequestCatalogue(catalogue));
  }

  /**
   * The items of the revision in force on {@code date}, as the request's copy of the catalogue
   * states them; refuses with UNAUTHENTICATED when the request carries no actor.
   */
  public static List<Technology> asOf(DataFetchingEnvironment env, LocalDate date) {
    RequestActor.require(env);
    RequestCatalogue request = env.getGraphQlContext().get(RequestCatalogue.class);
    if (request == null) {
      throw new IllegalStateException(
          "The request has no catalogue: prepare the ExecutionInput with TaiwaGraphQL.prepare");
    }
    return request.snapshot().asOf(date);
  }

  private synchronized TechnologyCatalogue snapshot() {
    if (snapshot == null) {
      snapshot = new TechnologyCatalogue(new RevisionSnapshot(catalogue.revisions()));
    }
    return snapshot;
  }
}
