package dev.taiwa.graphql.statistics;

import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.statistics.application.StatisticsQueries;
import dev.taiwa.cases.statistics.model.CaseStatistics;
import dev.taiwa.cases.statistics.model.PreReportFigures;
import dev.taiwa.cases.statistics.port.StatisticsFilter;
import dev.taiwa.graphql.support.RefusalException;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/** {@code statistics}: the filter to the use case, a refusal to a GraphQL error. */
public final class StatisticsFetchers {
  private final StatisticsQueries statistics;
  private final Executor executor;

  public StatisticsFetchers(StatisticsQueries statistics, Executor executor) {
    this.statistics = statistics;
    this.executor = executor;
  }

  /** One lead-time verdict with its share of all verdicts. */
  public record LeadTimeShare(String status, long count, double share) {}

  public void wire(SchemaWiring wiring) {
    wiring.query("statistics", AsyncDataFetcher.async(this::figures, executor));
    wiring.type(
        TypeRuntimeWiring.newTypeWiring("PreReportStatistics")
            .dataFetcher("byLeadTime", env -> leadTime(env.getSource())));
  }

  private CaseStatistics figures(DataFetchingEnvironment env) {
    Result<CaseStatistics> result =
        statistics.figures(RequestActor.require(env), filter(env.getArgument("filter")));
    if (!result.accepted()) {
      Rejection refusal = result.errors().get(0);
      throw new RefusalException(refusal.code(), refusal.message());
    }
    return result.value().orElseThrow();
  }

  static StatisticsFilter filter(Map<String, Object> input) {
    if (input == null) {
      return StatisticsFilter.none();
    }
    return new StatisticsFilter(
        (LocalDate) input.get("filedFrom"),
        (LocalDate) input.get("filedTo"),
        (Integer) input.get("technology"));
  }

  private static List<LeadTimeShare> leadTime(PreReportFigures figures) {
    return figures.byLeadTime().stream()
        .map(c -> new LeadTimeShare(c.key(), c.count(), figures.leadTimeShare(c)))
        .toList();
  }
}
