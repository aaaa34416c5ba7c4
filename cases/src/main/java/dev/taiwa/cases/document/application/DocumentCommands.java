package dev.taiwa.cases.document.application;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.DocumentPolicy;
import dev.taiwa.cases.document.model.IssuedDocument;
import dev.taiwa.cases.document.port.DocumentRenderer;
import dev.taiwa.cases.document.port.DocumentSnapshots;
import dev.taiwa.cases.document.port.IssuedDocuments;
import dev.taiwa.cases.document.template.CaseMaterial;
import dev.taiwa.cases.document.template.DocumentTemplate;
import dev.taiwa.cases.document.template.DocumentTemplates;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Generating a document of a case: the caller must see the case, hold a role the kind's rule names,
 * find the case in a state the kind allows and (for secret content) have need-to-know. The content
 * is composed by the kind's template, checked for characters the font cannot print, rendered,
 * hashed and stored with its snapshot, with DOCUMENT_GENERATED in the same transaction. Refusals
 * are audited as REJECTED.
 */
public final class DocumentCommands {

  private final DocumentCases cases;
  private final DocumentMaterials materials;
  private final IssuedDocuments documents;
  private final DocumentRenderer renderer;
  private final DocumentSnapshots snapshots;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final DocumentPolicy policy = new DocumentPolicy();
  private final DocumentTemplates templates = DocumentTemplates.standard();

  public DocumentCommands(
      DocumentCaseSources sources,
      IssuedDocuments documents,
      DocumentRenderer renderer,
      DocumentSnapshots snapshots,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.cases = sources.cases();
    this.materials = new DocumentMaterials(sources);
    this.documents = documents;
    this.renderer = renderer;
    this.snapshots = snapshots;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public Result<IssuedDocument> generate(Actor actor, CaseId caseId, DocumentKind kind) {
    return unitOfWork.inTransaction(
        () -> {
          Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
          Optional<DocumentCase> seen = cases.find(actor, caseId, false);
          Optional<Rejection> refusal =
              seen.isEmpty() ? Optional.of(notFound(caseId)) : Optional.empty();
          if (refusal.isEmpty()) {
            refusal = refusal(seen.get(), kind);
          }
          DocumentTemplate template = templates.of(kind);
          CaseMaterial material = null;
          if (refusal.isEmpty()) {
            DocumentCase found =
                seen.get().secret() ? cases.find(actor, caseId, true).orElseThrow() : seen.get();
            Result<CaseMaterial> gathered = materials.gather(actor, template.parts(), found, now);
            refusal = gathered.errors().stream().findFirst();
            material = gathered.value().orElse(null);
          }
          if (refusal.isEmpty()) {
            refusal = template.lacking(material);
          }
          DocumentContent content = refusal.isEmpty() ? template.compose(material) : null;
          if (refusal.isEmpty()) {
            Set<String> missing = renderer.unprintable(content);
            if (!missing.isEmpty()) {
              refusal =
                  Optional.of(
                      Rejection.of(
                          ErrorCode.INVALID_VALUE,
                          "The document font has no glyph for: " + String.join(" ", missing)));
            }
          }
          if (refusal.isPresent()) {
            auditLog.append(
                AuditEntry.refused(
                    actor,
                    seen.isPresent() ? caseId : null,
                    AuditAction.DOCUMENT_GENERATED,
                    List.of(refusal.get()),
                    now));
            return Result.<IssuedDocument>refused(Optional.empty(), List.of(refusal.get()));
          }
          byte[] pdf = renderer.render(content);
          IssuedDocument document =
              new IssuedDocument(
                  UUID.randomUUID(),
                  caseId,
                  kind,
                  kind.templateVersion(),
                  snapshots.write(content),
                  Sha256.hex(pdf),
                  actor.userId(),
                  now,
                  pdf.length,
                  seen.get().secret());
          documents.insert(document, pdf);
          auditLog.append(
              AuditEntry.accepted(
                  actor,
                  caseId,
                  AuditAction.DOCUMENT_GENERATED,
                  "Generated "
                      + kind
                      + " ("
                      + kind.templateVersion()
                      + ") "
                      + document.id()
                      + " sha256 "
                      + document.sha256(),
                  now));
          return Result.ok(document);
        });
  }

  /** The bytes a stored document's snapshot renders to now (identical to the stored ones). */
  public byte[] regenerate(IssuedDocument document) {
    return renderer.render(snapshots.read(document.snapshot()));
  }

  private Optional<Rejection> refusal(DocumentCase found, DocumentKind kind) {
    if (found.track() != kind.track()) {
      return Optional.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE, "kind", "A " + kind + " is not a document of this case"));
    }
    if (!policy.mayGenerate(kind, found.rolesOnCase())) {
      return Optional.of(
          Rejection.of(ErrorCode.FORBIDDEN, "Your roles may not generate a " + kind));
    }
    if (!policy.generatableIn(kind, found.state())) {
      return Optional.of(
          Rejection.of(
              ErrorCode.INVALID_STATE, "No " + kind + " for a case in state " + found.state()));
    }
    if (found.secretWithheld()) {
      return Optional.of(
          Rejection.of(ErrorCode.FORBIDDEN, "The case's secret content needs need-to-know"));
    }
    return Optional.empty();
  }

  private static Rejection notFound(CaseId caseId) {
    return Rejection.of(ErrorCode.NOT_FOUND, "No case " + caseId);
  }
}
