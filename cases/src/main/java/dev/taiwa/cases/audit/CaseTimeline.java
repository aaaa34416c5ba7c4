package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.secrecy.Secrecy;
import dev.taiwa.cases.secrecy.WithheldCases;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A case's timeline: its accepted audit events, oldest first, limited to what the caller may see
 * ({@link CompanyTimelinePolicy}) and labelled without user ids or summaries. A case the caller may
 * not see answers NOT_FOUND, exactly like a missing one. A step that names a case whose content is
 * withheld from the caller (a link to a secret patent application) is left out: that it exists is
 * need-to-know ({@link Secrecy#ofAuditEvent}).
 */
public final class CaseTimeline {
  private final AuditLog log;
  private final CaseVisibility cases;
  private final ActorRoles actorRoles;
  private final WithheldCases withheld;
  private final CompanyTimelinePolicy policy = new CompanyTimelinePolicy();
  private final Secrecy secrecy = new Secrecy();

  public CaseTimeline(
      AuditLog log, CaseVisibility cases, ActorRoles actorRoles, WithheldCases withheld) {
    this.log = log;
    this.cases = cases;
    this.actorRoles = actorRoles;
    this.withheld = withheld;
  }

  public Result<List<TimelineEntry>> of(Actor viewer, CaseId caseId) {
    return of(viewer, List.of(caseId)).get(caseId);
  }

  /**
   * The timelines of {@code caseIds} (for a list, in a fixed number of reads): each as {@link
   * #of(Actor, CaseId)} answers it, NOT_FOUND for a case the caller may not see.
   */
  public Map<CaseId, Result<List<TimelineEntry>>> of(Actor viewer, Collection<CaseId> caseIds) {
    Set<CaseId> visible = cases.visibleAmong(viewer, caseIds);
    Map<CaseId, List<AuditEntry>> shownEntries = new LinkedHashMap<>();
    log.trails(visible)
        .forEach(
            (caseId, trail) ->
                shownEntries.put(
                    caseId,
                    trail.stream()
                        .map(AuditEvent::entry)
                        .filter(entry -> policy.shows(viewer, entry))
                        .toList()));
    Set<CaseId> named = new HashSet<>();
    Set<UserId> actors = new HashSet<>();
    shownEntries
        .values()
        .forEach(
            entries ->
                entries.forEach(
                    e -> {
                      named.addAll(secrecy.namedCases(e.caseId(), e.summary()));
                      if (e.actorId() != null) {
                        actors.add(e.actorId());
                      }
                    }));
    Set<CaseId> hidden = named.isEmpty() ? Set.of() : withheld.among(viewer, named);
    boolean official = policy.readsAsOfficial(viewer);
    Map<UserId, String> roleLabels = new HashMap<>();
    Map<UserId, Set<Role>> roles = actors.isEmpty() ? Map.of() : actorRoles.ofAll(actors);
    roles.forEach((id, held) -> roleLabels.put(id, roleLabel(held)));
    Map<CaseId, Result<List<TimelineEntry>>> timelines = new LinkedHashMap<>();
    for (CaseId caseId : caseIds) {
      List<AuditEntry> entries = shownEntries.get(caseId);
      timelines.put(
          caseId,
          entries == null
              ? Result.refused(
                  Optional.empty(), List.of(Rejection.of(ErrorCode.NOT_FOUND, "No case " + caseId)))
              : Result.ok(
                  entries.stream()
                      .filter(
                          entry ->
                              secrecy.ofAuditEvent(entry.caseId(), entry.summary(), false, hidden)
                                  == Secrecy.EventShowing.WHOLE)
                      .map(entry -> entryOf(entry, actorLabel(viewer, official, entry, roleLabels)))
                      .toList()));
    }
    return timelines;
  }

  private static TimelineEntry entryOf(AuditEntry entry, String actorLabel) {
    Bilingual label = TimelineLabels.of(entry.action());
    return new TimelineEntry(
        entry.occurredAt(), entry.action(), label.ja(), label.en(), actorLabel);
  }

  /** 貴社 for the company's own users on its timeline; otherwise the actor's role, never an id. */
  private String actorLabel(
      Actor viewer, boolean official, AuditEntry entry, Map<UserId, String> known) {
    if (entry.actorId() == null) {
      return TimelineLabels.SYSTEM;
    }
    if (!official && viewer.organisationId().equals(entry.actorOrganisation())) {
      return TimelineLabels.YOUR_COMPANY;
    }
    return known.computeIfAbsent(entry.actorId(), id -> roleLabel(actorRoles.of(id)));
  }

  private static String roleLabel(Set<Role> roles) {
    return roles.stream()
        .sorted()
        .filter(role -> role != Role.FILER || roles.size() == 1)
        .findFirst()
        .map(TimelineLabels::roleJa)
        .orElse(TimelineLabels.UNKNOWN);
  }
}
