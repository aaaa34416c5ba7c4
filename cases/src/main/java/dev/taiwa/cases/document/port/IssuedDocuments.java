package dev.taiwa.cases.document.port;

import dev.taiwa.cases.document.model.IssuedDocument;
import dev.taiwa.cases.kernel.CaseId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the register of issued documents, with their bytes. */
public interface IssuedDocuments {
  void insert(IssuedDocument document, byte[] pdf);

  Optional<IssuedDocument> find(UUID id);

  /** The stored bytes of a document. */
  Optional<byte[]> bytes(UUID id);

  /** The documents of the cases, oldest first. */
  List<IssuedDocument> findByCases(Collection<CaseId> cases);

  /** The documents whose bytes have this SHA-256 (hex, lower case). */
  List<IssuedDocument> findBySha256(String sha256);

  /** The documents with this document number (発番), oldest first. */
  List<IssuedDocument> findByNumber(String number);
}
