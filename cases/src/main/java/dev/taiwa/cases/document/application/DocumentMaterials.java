package dev.taiwa.cases.document.application;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.document.template.CaseMaterial;
import dev.taiwa.cases.document.template.DialogueDecisions;
import dev.taiwa.cases.document.template.MaterialPart;
import dev.taiwa.cases.document.template.PatentReview;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.prereport.model.PreReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gathers what a document of a case may print, as the caller may read it, through the other areas'
 * reads, and only the {@link MaterialPart}s its template prints: a pre-report's meetings, audit
 * trail, concerns, inform, licence application and outcome; a patent application's review records
 * (an audited secret read), designation term and deadlines.
 */
final class DocumentMaterials {
  private final DocumentCaseSources sources;

  DocumentMaterials(DocumentCaseSources sources) {
    this.sources = sources;
  }

  Result<CaseMaterial> gather(
      Actor actor, Set<MaterialPart> parts, DocumentCase found, Instant now) {
    List<AuditEvent> timeline = List.of();
    CaseId caseId = caseId(found);
    if (parts.contains(MaterialPart.AUDIT_TIMELINE)) {
      Result<List<AuditEvent>> trail = sources.auditTrail().forCase(actor, caseId);
      if (!trail.accepted()) {
        return Result.refused(Optional.empty(), trail.errors());
      }
      timeline = trail.value().orElse(List.of());
    }
    PreReport report = found.preReport();
    PatentApplication patent = found.patent();
    return Result.ok(
        new CaseMaterial(
            recordedAt(found, now),
            names(found),
            report,
            report != null && parts.contains(MaterialPart.MEETINGS)
                ? sources.meetings().findByCases(List.of(caseId))
                : List.of(),
            timeline,
            report != null && parts.contains(MaterialPart.DIALOGUE_DECISIONS)
                ? decisions(actor, report)
                : null,
            patent,
            patent != null && parts.contains(MaterialPart.SECURITY_REVIEW)
                ? review(actor, patent)
                : null,
            found.confirmation()));
  }

  private DialogueDecisions decisions(Actor actor, PreReport report) {
    List<PreReport> one = List.of(report);
    DocumentCaseSources.DialogueReads reads = sources.dialogue();
    return new DialogueDecisions(
        reads.concerns().concernsOf(actor, one).getOrDefault(report.id(), List.of()),
        Optional.ofNullable(reads.informs().informsOf(actor, one).get(report.id())),
        Optional.ofNullable(reads.informs().applicationsOf(actor, one).get(report.id())),
        Optional.ofNullable(reads.outcomes().outcomesOf(actor, one).get(report.id())));
  }

  private PatentReview review(Actor actor, PatentApplication patent) {
    return new PatentReview(
        sources.review().records(actor, patent),
        sources.review().designation(patent),
        sources.review().deadlines(patent));
  }

  private Map<String, String> names(DocumentCase found) {
    List<OrganisationId> named = new ArrayList<>();
    if (found.preReport() != null) {
      named.add(found.preReport().organisationId());
    } else if (found.patent() != null) {
      named.addAll(found.patent().applicants());
    } else {
      named.add(found.confirmation().organisation());
    }
    return sources.organisations().findAll(named).stream()
        .collect(Collectors.toMap(o -> o.id().toString(), Organisation::name, (a, b) -> a));
  }

  /**
   * When the case last changed (the event its documents record), so a document of one case state is
   * the same bytes however often it is generated; {@code now} only for a case without that time.
   */
  private static Instant recordedAt(DocumentCase found, Instant now) {
    Instant changed;
    if (found.preReport() != null) {
      changed = found.preReport().updatedAt();
    } else if (found.patent() != null) {
      changed = found.patent().updatedAt();
    } else {
      changed = found.confirmation().updatedAt();
    }
    return changed == null ? now : changed;
  }

  private static CaseId caseId(DocumentCase found) {
    if (found.preReport() != null) {
      return found.preReport().id();
    }
    return found.patent() != null ? found.patent().id() : found.confirmation().id();
  }
}
