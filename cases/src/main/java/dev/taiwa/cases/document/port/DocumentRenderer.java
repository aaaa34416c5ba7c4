package dev.taiwa.cases.document.port;

import dev.taiwa.cases.document.model.DocumentContent;
import java.util.Set;

/**
 * Port: typesets a document's content as a PDF. Rendering is a pure function of the content: the
 * same content gives the same bytes (dates and document id come from the content, never the clock
 * or a random source).
 */
public interface DocumentRenderer {
  /** The characters of the content the embedded font has no glyph for (empty: printable). */
  Set<String> unprintable(DocumentContent content);

  byte[] render(DocumentContent content);
}
