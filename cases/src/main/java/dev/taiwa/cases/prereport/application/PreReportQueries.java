package dev.taiwa.cases.prereport.application;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportAction;
import dev.taiwa.cases.prereport.model.PreReportTransitions;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportScope;
import dev.taiwa.cases.prereport.port.PreReports;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads of pre-reports, always within the caller's access scope. */
public final class PreReportQueries {
  private final PreReports preReports;
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();

  public PreReportQueries(PreReports preReports) {
    this.preReports = preReports;
  }

  /** The report, or empty when it does not exist or the caller may not see it. */
  public Optional<PreReport> find(Actor actor, CaseId id) {
    return preReports.find(id).filter(report -> access.canSee(actor, report));
  }

  /** The visible reports among {@code ids}: one batch query (for DataLoaders). */
  public List<PreReport> findAll(Actor actor, Collection<CaseId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return preReports.findAll(ids).stream().filter(report -> access.canSee(actor, report)).toList();
  }

  /**
   * The reports the caller may see that match {@code filter}, newest first. The scope goes into the
   * store's query; a filer's organisation filter is ignored, its scope already being its own, and
   * so is the unreviewed-hits filter of anyone who does not review screening hits.
   */
  public Page<PreReport> search(Actor actor, PreReportFilter filter, PageRequest page) {
    return search(actor, filter, PreReportOrder.NEWEST, page);
  }

  /** As {@link #search(Actor, PreReportFilter, PageRequest)}, in {@code order}. */
  public Page<PreReport> search(
      Actor actor, PreReportFilter filter, PreReportOrder order, PageRequest page) {
    PreReportScope scope = access.scopeFor(actor);
    PreReportFilter scoped = scope.everyFiledReport() ? filter : withoutOrganisation(filter);
    if (!actor.roles().contains(dev.taiwa.cases.kernel.Role.DIALOGUE_OFFICER)) {
      // Whether a screening hit was reviewed is the officials' own (the dialogue officers review
      // hits, ScreeningAccessPolicy.DISPOSE; not referenced here: screening depends on prereport).
      scoped = scoped.withUnreviewedHits(false);
    }
    return preReports.search(scope, scoped, order, page);
  }

  /** What the caller may do to this report now, from the transition table and access policy. */
  public Set<PreReportAction> availableActions(Actor actor, PreReport report) {
    return PreReportTransitions.TABLE.availableActions(
        report.state(), access.rolesOn(actor, report));
  }

  private static PreReportFilter withoutOrganisation(PreReportFilter filter) {
    return new PreReportFilter(
        filter.states(),
        filter.technologyNumber(),
        filter.destinationCountry(),
        null,
        filter.plannedFrom(),
        filter.plannedTo(),
        filter.text(),
        filter.unreviewedHits(),
        filter.search());
  }
}
