package dev.taiwa.cases.document.application;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.document.model.IssuedDocument;
import dev.taiwa.cases.document.port.IssuedDocuments;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UnitOfWork;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads of issued documents under the case's access rules: listing, downloading (a document with
 * secret content only with need-to-know, each download audited as DOCUMENT_DOWNLOADED, with the
 * SECRET_CONTENT_READ of the case) and verifying an uploaded PDF by its SHA-256.
 */
public final class DocumentQueries {

  private final DocumentCases cases;
  private final IssuedDocuments documents;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  /** A document and its bytes, for a download. */
  public record Download(IssuedDocument document, byte[] pdf) {}

  /**
   * What a verification found: whether Taiwa issued these exact bytes and, only when the caller may
   * see it, the document (case, kind, when).
   */
  public record Verification(boolean issued, Optional<IssuedDocument> document) {}

  public DocumentQueries(
      DocumentCaseSources sources,
      IssuedDocuments documents,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.cases = sources.cases();
    this.documents = documents;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** The documents of a case the caller may read, oldest first; empty for a hidden case. */
  public List<IssuedDocument> documentsOf(Actor actor, CaseId caseId) {
    return documentsOf(actor, List.of(caseId)).getOrDefault(caseId, List.of());
  }

  /**
   * The documents the caller may read of each of {@code caseIds}, oldest first, with one query for
   * the documents of all of them; hidden cases have none.
   */
  public Map<CaseId, List<IssuedDocument>> documentsOf(Actor actor, Collection<CaseId> caseIds) {
    Map<CaseId, DocumentCase> seen = cases.findAll(actor, new LinkedHashSet<>(caseIds), false);
    if (seen.isEmpty()) {
      return Map.of();
    }
    Map<CaseId, List<IssuedDocument>> readable = new LinkedHashMap<>();
    for (IssuedDocument document : documents.findByCases(seen.keySet())) {
      if (cases.mayRead(seen.get(document.caseId()), document)) {
        readable.computeIfAbsent(document.caseId(), id -> new ArrayList<>()).add(document);
      }
    }
    return readable;
  }

  /**
   * The documents with this document number (発番) that the caller may read (the same rules as a
   * case's documents), oldest first; empty when there are none or none is readable.
   */
  public List<IssuedDocument> byNumber(Actor actor, String number) {
    List<IssuedDocument> numbered = documents.findByNumber(number.strip());
    if (numbered.isEmpty()) {
      return List.of();
    }
    Map<CaseId, List<IssuedDocument>> readable =
        documentsOf(actor, numbered.stream().map(IssuedDocument::caseId).toList());
    return numbered.stream()
        .filter(d -> readable.getOrDefault(d.caseId(), List.of()).contains(d))
        .toList();
  }

  /** The document and its bytes, or empty when missing or not readable by the caller. */
  public Optional<Download> download(Actor actor, UUID id) {
    return unitOfWork.inTransaction(
        () -> {
          Optional<IssuedDocument> document = documents.find(id);
          if (document.isEmpty()) {
            return Optional.empty();
          }
          IssuedDocument doc = document.get();
          Optional<DocumentCase> found =
              cases.find(actor, doc.caseId(), false).filter(c -> cases.mayRead(c, doc));
          if (found.isEmpty()) {
            return Optional.empty();
          }
          if (doc.secret()) {
            cases.find(actor, doc.caseId(), found.get().secret());
            auditLog.append(
                AuditEntry.accepted(
                    actor,
                    doc.caseId(),
                    AuditAction.DOCUMENT_DOWNLOADED,
                    "Downloaded " + doc.kind() + " " + doc.id(),
                    clock.instant()));
          }
          return documents.bytes(id).map(bytes -> new Download(doc, bytes));
        });
  }

  /**
   * Whether Taiwa issued exactly these bytes: looked up by SHA-256, so any changed byte makes it
   * unknown. The document is named only to callers who may read it. Every verification is audited
   * as DOCUMENT_VERIFIED: on the case when the caller may read the document, otherwise on no case
   * (auditors find the document's id in the summary).
   */
  public Verification verify(Actor actor, byte[] pdf) {
    String sha256 = Sha256.hex(pdf);
    return unitOfWork.inTransaction(
        () -> {
          List<IssuedDocument> issued = documents.findBySha256(sha256);
          Optional<IssuedDocument> visible =
              issued.stream()
                  .filter(
                      d ->
                          cases
                              .find(actor, d.caseId(), false)
                              .filter(c -> cases.mayRead(c, d))
                              .isPresent())
                  .findFirst();
          auditLog.append(
              AuditEntry.accepted(
                  actor,
                  visible.map(IssuedDocument::caseId).orElse(null),
                  AuditAction.DOCUMENT_VERIFIED,
                  issued.isEmpty()
                      ? "Verified a PDF not issued by Taiwa, sha256 " + sha256
                      : "Verified issued document "
                          + issued.stream()
                              .map(d -> d.id().toString())
                              .collect(java.util.stream.Collectors.joining(", "))
                          + ", sha256 "
                          + sha256,
                  clock.instant()));
          return new Verification(!issued.isEmpty(), visible);
        });
  }
}
