package dev.taiwa.graphql.prereport;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.ReadMemo;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportSort;
import dev.taiwa.cases.prereport.port.SortDirection;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RefusalException;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import dev.taiwa.graphql.support.TotalCount;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** {@code preReport} and {@code preReports}. */
public final class PreReportQueryFetchers {
  static final int DEFAULT_PAGE_SIZE = 20;

  private final PreReportQueries queries;
  private final Executor executor;

  public PreReportQueryFetchers(PreReportQueries queries, Executor executor) {
    this.queries = queries;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .query("preReport", AsyncDataFetcher.async(this::preReport, executor))
        .query("preReports", AsyncDataFetcher.async(this::preReports, executor));
  }

  private PreReport preReport(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Supplier<Optional<PreReport>> find =
        () -> Ids.uuid(env.getArgument("id")).flatMap(id -> queries.find(actor, new CaseId(id)));
    ReadMemo memo = env.getGraphQlContext().get(ReadMemo.class);
    return (memo == null ? find.get() : memo.call(find)).orElse(null);
  }

  private PreReportConnection preReports(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Integer first = env.getArgument("first");
    PreReportOrder order = order(env);
    PageRequest page =
        page(
            first == null ? DEFAULT_PAGE_SIZE : first,
            env.getArgument("after"),
            TotalCount.selected(env),
            order);
    return PreReportConnection.of(
        queries.search(actor, PreReportInputs.filter(env.getArgument("filter")), order, page),
        order);
  }

  /** The list order of the {@code sort} and {@code direction} arguments. */
  public static PreReportOrder order(DataFetchingEnvironment env) {
    PreReportSort sort = env.getArgument("sort");
    SortDirection direction = env.getArgument("direction");
    return PreReportOrder.of(sort, direction);
  }

  /**
   * A page request from the {@code first} and {@code after} arguments, counting all matches when
   * {@code withTotal}; INVALID_VALUE if bad.
   */
  public static PageRequest page(int first, String after, boolean withTotal) {
    return page(first, after, withTotal, PreReportOrder.NEWEST);
  }

  /** As {@link #page(int, String, boolean)} for a list in {@code order}. */
  public static PageRequest page(int first, String after, boolean withTotal, PreReportOrder order) {
    PageRequest.Position position = PreReportCursor.decode(after, order);
    try {
      return new PageRequest(first, position, withTotal);
    } catch (IllegalArgumentException e) {
      throw new RefusalException(ErrorCode.INVALID_VALUE, e.getMessage() + ", got " + first);
    }
  }
}
