package dev.taiwa.cases.dialogue.application;

import dev.taiwa.cases.dialogue.model.CompanyQuery;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.dialogue.port.CompanyQueries;
import dev.taiwa.cases.dialogue.port.Concerns;
import dev.taiwa.cases.dialogue.port.Meetings;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReports;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads of the dialogue, within the caller's access and the visibility rule: officials read
 * everything of filed cases; the company reads its cases' meetings without internal notes and its
 * concerns without the concern information.
 */
public final class DialogueQueries {
  private final PreReports preReports;
  private final Meetings meetings;
  private final Concerns concerns;
  private final CompanyQueries companyQueries;
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();
  private final DialogueView view = new DialogueView();

  public DialogueQueries(
      PreReports preReports, Meetings meetings, Concerns concerns, CompanyQueries companyQueries) {
    this.companyQueries = companyQueries;
    this.preReports = preReports;
    this.meetings = meetings;
    this.concerns = concerns;
  }

  /** The meetings of each visible report among {@code reports}: one batch query. */
  public Map<CaseId, List<Meeting>> meetingsOf(Actor actor, Collection<PreReport> reports) {
    Map<CaseId, PreReport> visible = visible(actor, reports);
    Map<CaseId, List<Meeting>> result = empty(visible);
    if (!visible.isEmpty()) {
      for (Meeting meeting : meetings.findByCases(visible.keySet())) {
        PreReport report = visible.get(meeting.caseId());
        result.get(report.id()).add(view.meeting(actor, report, meeting));
      }
    }
    return result;
  }

  /** The concerns of each visible report among {@code reports}: one batch query. */
  public Map<CaseId, List<Concern>> concernsOf(Actor actor, Collection<PreReport> reports) {
    Map<CaseId, PreReport> visible = visible(actor, reports);
    Map<CaseId, List<Concern>> result = empty(visible);
    if (!visible.isEmpty()) {
      for (Concern concern : concerns.findByCases(visible.keySet())) {
        PreReport report = visible.get(concern.caseId());
        result.get(report.id()).add(view.concern(actor, report, concern));
      }
    }
    return result;
  }

  /** The queries to the company of each visible report: one batch query; all company-visible. */
  public Map<CaseId, List<CompanyQuery>> queriesOf(Actor actor, Collection<PreReport> reports) {
    Map<CaseId, PreReport> visible = visible(actor, reports);
    Map<CaseId, List<CompanyQuery>> result = empty(visible);
    if (!visible.isEmpty()) {
      for (CompanyQuery query : companyQueries.findByCases(visible.keySet())) {
        result.get(query.caseId()).add(query);
      }
    }
    return result;
  }

  /** One meeting as the caller may see it (its case visible); empty when missing or hidden. */
  public Optional<Meeting> meeting(Actor actor, UUID id) {
    return meetings
        .find(id)
        .flatMap(
            meeting ->
                visibleCase(actor, meeting.caseId())
                    .map(report -> view.meeting(actor, report, meeting)));
  }

  /** One concern as the caller may see it (its case visible); empty when missing or hidden. */
  public Optional<Concern> concern(Actor actor, UUID id) {
    return concerns
        .find(id)
        .flatMap(
            concern ->
                visibleCase(actor, concern.caseId())
                    .map(report -> view.concern(actor, report, concern)));
  }

  /** One query to the company when its case is visible to the caller; empty otherwise. */
  public Optional<CompanyQuery> companyQuery(Actor actor, UUID id) {
    return companyQueries.find(id).filter(query -> visibleCase(actor, query.caseId()).isPresent());
  }

  /** The concerns of the case not (yet) resolved: what an inform must cite. Empty if hidden. */
  public List<Concern> unresolvedConcerns(Actor actor, CaseId caseId) {
    return preReports
        .find(caseId)
        .map(report -> concernsOf(actor, List.of(report)).getOrDefault(caseId, List.of()))
        .orElse(List.of())
        .stream()
        .filter(Concern::unresolved)
        .toList();
  }

  private Optional<PreReport> visibleCase(Actor actor, CaseId caseId) {
    return preReports.find(caseId).filter(report -> access.canSee(actor, report));
  }

  private Map<CaseId, PreReport> visible(Actor actor, Collection<PreReport> reports) {
    return reports.stream()
        .filter(report -> access.canSee(actor, report))
        .collect(Collectors.toMap(PreReport::id, Function.identity(), (a, b) -> a));
  }

  private static <T> Map<CaseId, List<T>> empty(Map<CaseId, PreReport> visible) {
    Map<CaseId, List<T>> result = new HashMap<>();
    visible.keySet().forEach(id -> result.put(id, new java.util.ArrayList<>()));
    return result;
  }
}
