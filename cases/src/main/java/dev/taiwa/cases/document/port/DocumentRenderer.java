package dev.taiwa.cases.document.port;

import dev.taiwa.cases.document.model.DocumentContent;

/**
 * Port: typesets a document's content as a PDF. Rendering is a pure function of the content: the
 * same content gives the same bytes (dates and document id come from the content, never the clock
 * or a random source). Every character prints: the renderer falls back per character through fonts
 * covering Japanese, Chinese, Korean, Thai, Devanagari, Arabic, Cyrillic and Latin.
 */
public interface DocumentRenderer {
  byte[] render(DocumentContent content);
}
