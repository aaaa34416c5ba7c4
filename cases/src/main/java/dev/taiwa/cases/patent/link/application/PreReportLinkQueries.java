package dev.taiwa.cases.patent.link.application;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.link.model.PreReportLink;
import dev.taiwa.cases.patent.link.port.PreReportLinks;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.secrecy.Disclosure;
import dev.taiwa.cases.secrecy.Secrecy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The links of cases the caller already sees, batched, each shown only when the caller may see the
 * other side too (a link never reveals a case the caller may not know of), as number and state, and
 * only when both sides are disclosed to it in full ({@link Secrecy#showsLink}): that a case is
 * linked to a secret application is itself need-to-know.
 */
public final class PreReportLinkQueries {
  private final PreReportLinks links;
  private final PreReportQueries preReports;
  private final PatentQueries applications;
  private final UnitOfWork unitOfWork;
  private final Secrecy secrecy = new Secrecy();

  public PreReportLinkQueries(
      PreReportLinks links,
      PreReportQueries preReports,
      PatentQueries applications,
      UnitOfWork unitOfWork) {
    this.links = links;
    this.preReports = preReports;
    this.applications = applications;
    this.unitOfWork = unitOfWork;
  }

  /** Per pre-report id, the linked applications the caller may see too. */
  public Map<CaseId, List<LinkedCase>> applicationsOf(
      Actor actor, Collection<CaseId> preReportIds) {
    return unitOfWork.readOnly(
        () -> {
          List<PreReportLink> found = links.ofPreReports(preReportIds);
          Map<CaseId, Optional<LinkedCase>> others = new LinkedHashMap<>();
          for (PreReportLink link : found) {
            others.computeIfAbsent(
                link.applicationId(),
                id ->
                    applications
                        .find(actor, id, false)
                        .filter(v -> secrecy.showsLink(Disclosure.FULL, v.disclosure()))
                        .map(PatentApplicationView::application)
                        .map(
                            a ->
                                new LinkedCase(
                                    a.id(), a.number().value(), a.state().name(), null, null)));
          }
          return group(
              preReportIds,
              found,
              PreReportLink::preReportId,
              PreReportLink::applicationId,
              others);
        });
  }

  /** Per application id, the linked pre-reports the caller may see too. */
  public Map<CaseId, List<LinkedCase>> preReportsOf(
      Actor actor, Collection<CaseId> applicationIds) {
    return unitOfWork.readOnly(
        () -> {
          Set<CaseId> withheld = applications.withheldAmong(actor, applicationIds);
          List<PreReportLink> found =
              links.ofApplications(applicationIds).stream()
                  .filter(link -> !withheld.contains(link.applicationId()))
                  .toList();
          Map<CaseId, PreReport> visible =
              preReports
                  .findAll(actor, found.stream().map(PreReportLink::preReportId).toList())
                  .stream()
                  .collect(Collectors.toMap(PreReport::id, r -> r, (a, b) -> a));
          Map<CaseId, Optional<LinkedCase>> others = new LinkedHashMap<>();
          for (PreReportLink link : found) {
            PreReport report = visible.get(link.preReportId());
            others.put(
                link.preReportId(),
                Optional.ofNullable(report)
                    .map(
                        r ->
                            new LinkedCase(
                                r.id(),
                                r.reference() == null ? null : r.reference().value(),
                                r.state().name(),
                                null,
                                null)));
          }
          return group(
              applicationIds,
              found,
              PreReportLink::applicationId,
              PreReportLink::preReportId,
              others);
        });
  }

  private static Map<CaseId, List<LinkedCase>> group(
      Collection<CaseId> ids,
      List<PreReportLink> found,
      Function<PreReportLink, CaseId> own,
      Function<PreReportLink, CaseId> other,
      Map<CaseId, Optional<LinkedCase>> others) {
    Map<CaseId, List<LinkedCase>> result = new LinkedHashMap<>();
    ids.forEach(id -> result.put(id, new ArrayList<>()));
    for (PreReportLink link : found) {
      Optional<LinkedCase> shown = others.getOrDefault(other.apply(link), Optional.empty());
      if (shown.isPresent() && result.containsKey(own.apply(link))) {
        LinkedCase base = shown.get();
        result
            .get(own.apply(link))
            .add(
                new LinkedCase(
                    base.id(), base.number(), base.state(), link.note(), link.linkedAt()));
      }
    }
    result.replaceAll((id, list) -> List.copyOf(list));
    return result;
  }
}
