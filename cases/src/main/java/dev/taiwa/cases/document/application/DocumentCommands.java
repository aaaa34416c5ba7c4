package dev.taiwa.cases.document.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Recorded;
import dev.taiwa.cases.command.SimpleTarget;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.document.model.AppealInstruction;
import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.DocumentPolicy;
import dev.taiwa.cases.document.model.IssuedDocument;
import dev.taiwa.cases.document.model.Issuer;
import dev.taiwa.cases.document.model.IssuingOffice;
import dev.taiwa.cases.document.port.DocumentNumbers;
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
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Generating a document of a case: the caller must see the case, hold a role the kind's rule names,
 * find the case in a state the kind allows and (for secret content) have need-to-know. The content
 * is composed by the kind's template, checked for characters the font cannot print, rendered,
 * hashed and stored with its snapshot, with DOCUMENT_GENERATED in the same transaction: a {@link
 * Command} for the {@link CommandPipeline}.
 */
public final class DocumentCommands {

  private final DocumentCases cases;
  private final DocumentMaterials materials;
  private final IssuedDocuments documents;
  private final DocumentRenderer renderer;
  private final DocumentSnapshots snapshots;
  private final DocumentNumbers numbers;
  private final NoticeSettings settings;
  private final Addressees addressees;
  private final CommandPipeline pipeline;
  private final Clock clock;
  private final DocumentPolicy policy = new DocumentPolicy();
  private final DocumentTemplates templates = DocumentTemplates.standard();

  public DocumentCommands(
      DocumentCaseSources sources,
      IssuedDocuments documents,
      DocumentRenderer renderer,
      DocumentSnapshots snapshots,
      DocumentNumbers numbers,
      NoticeSettings settings,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.cases = sources.cases();
    this.materials = new DocumentMaterials(sources);
    this.documents = documents;
    this.renderer = renderer;
    this.snapshots = snapshots;
    this.numbers = numbers;
    this.settings = settings;
    this.addressees = new Addressees(sources.organisations());
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.clock = clock;
  }

  public Result<IssuedDocument> generate(Actor actor, CaseId caseId, DocumentKind kind) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return pipeline.run(
        actor,
        asSeenBy(actor),
        caseId,
        Command.<DocumentCase, IssuedDocument>named(AuditAction.DOCUMENT_GENERATED)
            .table((found, roles) -> refusal(found, kind))
            .does((seen, roles) -> issue(actor, caseId, seen, kind, now)));
  }

  /** The case as {@code actor} may see it (without reading secret content). */
  private Target<CaseId, DocumentCase> asSeenBy(Actor actor) {
    return new SimpleTarget<CaseId, DocumentCase>(
        "case",
        id -> cases.find(actor, id, false),
        (caller, seen) -> true,
        (caller, seen) -> seen.rolesOnCase(),
        DocumentCase::id,
        seen -> 0,
        "caseId");
  }

  /**
   * Composes the document from the case's materials (reading secret content, audited, only when the
   * case is secret and the caller has need-to-know) and renders it; the renderer prints every
   * character, so a document is never refused for a glyph.
   */
  private Step<IssuedDocument> issue(
      Actor actor, CaseId caseId, DocumentCase seen, DocumentKind kind, Instant now) {
    DocumentTemplate template = templates.of(kind);
    DocumentCase found = seen.secret() ? cases.find(actor, caseId, true).orElseThrow() : seen;
    Result<CaseMaterial> gathered = materials.gather(actor, template.parts(), found, now);
    if (!gathered.accepted()) {
      return Step.refused(gathered.errors().subList(0, 1));
    }
    CaseMaterial material = gathered.value().orElseThrow();
    Optional<Rejection> lacking = template.lacking(material);
    if (lacking.isPresent()) {
      return Step.refused(List.of(lacking.get()));
    }
    DocumentContent content = numbered(caseId, signed(found, template.compose(material)));
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
            seen.secret(),
            content.documentNumber().isEmpty() ? null : content.documentNumber());
    return Step.accepted(
        document,
        new Recorded(
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
            now),
        () -> documents.insert(document, pdf));
  }

  /**
   * A notice addressed with the organisation's address and representative, signed by its office's
   * configured issuer, with the 教示 when it is a decision the company can contest; documents that
   * are not notices stay as composed.
   */
  private DocumentContent signed(DocumentCase found, DocumentContent composed) {
    Optional<IssuingOffice> office = composed.kind().numberedBy();
    if (office.isEmpty()) {
      return composed;
    }
    DocumentContent content = addressees.withBlock(found, composed);
    Issuer issuer = settings.issuer(office.get());
    return content.issuedBy(
        issuer.printed(),
        AppealInstruction.appliesTo(content)
            ? List.of(settings.appeal().section(issuer))
            : List.of());
  }

  /**
   * The content with its document number (発番): the number of an earlier document of this case and
   * kind with the same content (the same case state prints the same bytes), else the next number of
   * the kind's office, allocated in this transaction. Kinds that are not numbered stay blank.
   */
  private DocumentContent numbered(CaseId caseId, DocumentContent content) {
    Optional<IssuingOffice> office = content.kind().numberedBy();
    if (office.isEmpty()) {
      return content;
    }
    Optional<String> earlier =
        documents.findByCases(List.of(caseId)).stream()
            .filter(d -> d.kind() == content.kind() && d.number() != null)
            .filter(d -> snapshots.read(d.snapshot()).numbered("").equals(content))
            .map(IssuedDocument::number)
            .reduce((first, last) -> last);
    return content.numbered(
        earlier.orElseGet(
            () -> numbers.allocate(office.get(), JapanTime.dateOf(content.issuedAt()))));
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
}
