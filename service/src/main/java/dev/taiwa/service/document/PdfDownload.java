package dev.taiwa.service.document;

import dev.taiwa.cases.document.application.DocumentQueries;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.util.Optional;
import java.util.UUID;

/**
 * An issued document as both download routes serve it, the API's {@code /documents/{id}.pdf} and
 * the console's {@code /cases/{case}/documents/{id}.pdf}: the file name names the document, the
 * answer is the stored PDF, never cached, with its SHA-256.
 */
public final class PdfDownload {
  private static final String SUFFIX = ".pdf";

  private PdfDownload() {}

  /** The document id a file name {@code <id>.pdf} names; empty for any other name. */
  public static Optional<UUID> documentId(String file) {
    if (!file.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(file.substring(0, file.length() - SUFFIX.length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The answer carrying {@code download}'s PDF as an attachment. */
  public static HttpResponse<byte[]> response(DocumentQueries.Download download) {
    return HttpResponse.ok(download.pdf())
        .contentType(MediaType.APPLICATION_PDF_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + download.document().fileName() + "\"")
        .header("Cache-Control", "no-store")
        .header("X-Document-Sha256", download.document().sha256());
  }
}
