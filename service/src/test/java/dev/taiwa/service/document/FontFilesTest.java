package dev.taiwa.service.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.taiwa.cases.document.model.DocumentContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OpenPDF opens a font's file again for each document's subset: a file that a cleaner of the
 * temporary folder removed while the service ran is copied again, and the document comes out the
 * same.
 */
class FontFilesTest {
  private final OpenPdfDocumentRenderer renderer = new OpenPdfDocumentRenderer();

  @Test
  void aDocumentRendersTheSameAfterItsFontFilesWereRemoved() throws Exception {
    DocumentContent korean = CounterpartyForm.naming("삼성전자 주식회사");
    byte[] before = renderer.render(korean);
    for (String file : List.of("NotoSansJP-Regular.ttf", "NotoSansKR-Regular.ttf")) {
      Path path = FontFiles.copy(file).orElseThrow();
      Files.delete(path);
    }
    assertArrayEquals(before, renderer.render(korean));
  }
}
