package dev.taiwa.graphql.prereport;

import dev.taiwa.cases.prereport.application.ApplicabilityCheck;
import dev.taiwa.cases.prereport.model.ApplicabilityAnswer;
import dev.taiwa.cases.prereport.model.ApplicabilityQuestion;
import dev.taiwa.cases.prereport.model.ApplicabilityVerdict;
import dev.taiwa.cases.prereport.model.Exemption;
import dev.taiwa.cases.prereport.model.TransactionType;
import dev.taiwa.graphql.support.JapanTime;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/** {@code checkApplicability}: the question in, the explained answer out. */
public final class ApplicabilityFetchers {
  private final ApplicabilityCheck check;
  private final Clock clock;
  private final Executor executor;

  public ApplicabilityFetchers(ApplicabilityCheck check, Clock clock, Executor executor) {
    this.check = check;
    this.clock = clock;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .query("checkApplicability", AsyncDataFetcher.async(this::answer, executor))
        .enumeration("Exemption", Exemption.class)
        .enumeration("ApplicabilityVerdict", ApplicabilityVerdict.class);
  }

  private ApplicabilityAnswer answer(DataFetchingEnvironment env) {
    RequestActor.require(env);
    Map<String, Object> input = env.getArgument("input");
    List<Exemption> exemptions = PreReportInputs.get(input, "claimedExemptions");
    LocalDate asOf = PreReportInputs.get(input, "asOf");
    return check.check(
        new ApplicabilityQuestion(
            PreReportInputs.get(input, "technologyNumbers"),
            PreReportInputs.get(input, "destinationCountry"),
            PreReportInputs.<TransactionType>get(input, "transactionType"),
            exemptions == null ? Set.of() : Set.copyOf(exemptions),
            asOf != null ? asOf : JapanTime.today(clock)));
  }
}
