package dev.taiwa.cases.document.port;

import dev.taiwa.cases.document.model.DocumentContent;

/** Port: the stored form (JSON) of a document's content, read back to render it again. */
public interface DocumentSnapshots {
  String write(DocumentContent content);

  DocumentContent read(String snapshot);
}
