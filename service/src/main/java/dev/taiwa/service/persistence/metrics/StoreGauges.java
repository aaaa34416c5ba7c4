package dev.taiwa.service.persistence.metrics;

import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.service.persistence.metrics.StoreFigures.CaseTable;
import dev.taiwa.service.persistence.metrics.StoreFigures.Figures;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges of what the shared database holds: {@code taiwa.audit.chain.length} and {@code
 * taiwa.cases} (tags {@code kind} and {@code state}, every state of every kind, zero included).
 * Counting is kept off scrapes and requests: the figures are read again every {@code
 * taiwa.metrics.store-refresh} (default 60 s) on the scheduler, and a scrape shows the last read.
 * Every node shows the same figures; aggregate them across nodes with {@code max}, not {@code sum}.
 * A command-line tool run (environment {@code cli}) serves no metrics and reads none.
 */
@Singleton
@Requires(notEnv = "cli")
public class StoreGauges implements MeterBinder {
  private static final Logger LOG = LoggerFactory.getLogger(StoreGauges.class);

  /**
   * Looked up at the first refresh, not at construction: the meter registry binds this gauge while
   * the data source (whose pool it measures) is still being made.
   */
  private final BeanProvider<StoreFigures> store;

  private volatile Figures last = new Figures(0, Map.of());

  StoreGauges(BeanProvider<StoreFigures> store) {
    this.store = store;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("taiwa.audit.chain.length", this, gauges -> gauges.last.auditChainLength())
        .description("Events in the audit chain")
        .register(registry);
    register(registry, CaseTable.PRE_REPORT, names(PreReportState.values()));
    register(registry, CaseTable.PATENT_APPLICATION, names(PatentState.values()));
    register(registry, CaseTable.PRIOR_CONFIRMATION, names(PriorConfirmationState.values()));
  }

  /** Reads the figures again (the first time as soon as the service has started). */
  @Scheduled(fixedDelay = "${taiwa.metrics.store-refresh:60s}")
  void refresh() {
    try {
      last = store.get().read();
    } catch (RuntimeException e) {
      LOG.warn("Store gauges not refreshed: {}", e.toString());
    }
  }

  private void register(MeterRegistry registry, CaseTable kind, List<String> states) {
    for (String state : states) {
      Gauge.builder("taiwa.cases", this, gauges -> gauges.count(kind, state))
          .description("Cases by kind and state")
          .tag("kind", kind.tag)
          .tag("state", state)
          .register(registry);
    }
  }

  private double count(CaseTable kind, String state) {
    return last.casesByState().getOrDefault(kind, Map.of()).getOrDefault(state, 0L);
  }

  private static List<String> names(Enum<?>[] states) {
    return Arrays.stream(states).map(Enum::name).toList();
  }
}
