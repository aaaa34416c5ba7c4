package dev.taiwa.graphql.prereport;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.catalogue.Technology;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.model.CounterpartyRelationship;
import dev.taiwa.cases.prereport.model.LeadTime;
import dev.taiwa.cases.prereport.model.PlannedDateKind;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportAction;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.model.TransactionType;
import dev.taiwa.graphql.catalogue.RequestCatalogue;
import dev.taiwa.graphql.catalogue.TechnologyView;
import dev.taiwa.graphql.identity.OrganisationLoader;
import dev.taiwa.graphql.support.JapanTime;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.TypeRuntimeWiring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The {@code PreReport} type: the aggregate's fields, the form's fields lifted to the top, and the
 * edges (organisation, technologies) loaded in batches per request.
 */
public final class PreReportFields {
  private final PreReportQueries queries;
  private final Executor executor;

  public PreReportFields(PreReportQueries queries, Executor executor) {
    this.queries = queries;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wire(wiring, UnaryOperator.identity());
  }

  /**
   * Wires the type; {@code edges} adds the fields other subdomains hang on a report (the type is
   * wired once, strictly).
   */
  public void wire(SchemaWiring wiring, UnaryOperator<TypeRuntimeWiring.Builder> edges) {
    wiring
        .type(
            edges.apply(
                newTypeWiring("PreReport")
                    .dataFetcher("id", report(r -> r.id().toString()))
                    .dataFetcher("reference", report(r -> r.reference().value()))
                    .dataFetcher("createdBy", report(r -> r.createdBy().toString()))
                    .dataFetcher(
                        "organisation",
                        env -> OrganisationLoader.load(env, source(env).organisationId()))
                    .dataFetcher("contact", form(PreReportForm::contact))
                    .dataFetcher("technologyNumbers", form(PreReportForm::technologyNumbers))
                    .dataFetcher("technologies", PreReportFields::technologies)
                    .dataFetcher("transactionType", form(PreReportForm::transactionType))
                    .dataFetcher("counterparty", form(PreReportForm::counterparty))
                    .dataFetcher("plannedDate", form(PreReportForm::plannedDate))
                    .dataFetcher("plannedDateKind", form(PreReportForm::plannedDateKind))
                    .dataFetcher(
                        "technologyDescription", form(PreReportForm::technologyDescription))
                    .dataFetcher("managementMeasures", form(PreReportForm::managementMeasures))
                    .dataFetcher("lateExplanation", form(PreReportForm::lateExplanation))
                    .dataFetcher(
                        "availableActions", AsyncDataFetcher.async(this::actions, executor))))
        .enumeration("PreReportState", PreReportState.class)
        .enumeration("PreReportAction", PreReportAction.class)
        .enumeration("TransactionType", TransactionType.class)
        .enumeration("CounterpartyRelationship", CounterpartyRelationship.class)
        .enumeration("PlannedDateKind", PlannedDateKind.class)
        .enumeration("LeadTimeStatus", LeadTime.LeadTimeStatus.class);
  }

  /** The date whose catalogue revision names the technologies: filing date, else creation date. */
  static LocalDate catalogueDate(PreReport report) {
    return JapanTime.dateOf(
        report.submittedAt() != null ? report.submittedAt() : report.createdAt());
  }

  /**
   * The report's technologies in its order, as the catalogue in force on its date names them (a
   * number the revision lacks is left out). Asked for every report of a page, so loops, not
   * streams.
   */
  private static List<TechnologyView> technologies(DataFetchingEnvironment env) {
    PreReport report = source(env);
    LocalDate date = catalogueDate(report);
    List<Technology> items = RequestCatalogue.asOf(env, date);
    List<Integer> numbers = report.form().technologyNumbers();
    List<TechnologyView> views = new ArrayList<>(numbers.size());
    for (int number : numbers) {
      for (Technology item : items) {
        if (item.number() == number) {
          views.add(TechnologyView.of(item, date));
          break;
        }
      }
    }
    return views;
  }

  private List<PreReportAction> actions(DataFetchingEnvironment env) {
    return List.copyOf(queries.availableActions(RequestActor.require(env), source(env)));
  }

  /** A field of the report, read from it alone (graphql-java then makes no environment). */
  private static <T> DataFetcher<T> report(Function<PreReport, T> field) {
    return PropertyDataFetcher.fetching(field);
  }

  /** A field of the report's form, read from it alone. */
  private static <T> DataFetcher<T> form(Function<PreReportForm, T> field) {
    return PropertyDataFetcher.fetching((PreReport report) -> field.apply(report.form()));
  }

  private static PreReport source(DataFetchingEnvironment env) {
    return env.getSource();
  }
}
