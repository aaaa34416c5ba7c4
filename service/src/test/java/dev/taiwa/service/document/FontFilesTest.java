package dev.taiwa.service.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.DocumentKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
    DocumentContent korean = content("삼성전자 주식회사");
    byte[] before = renderer.render(korean);
    for (String file : List.of("NotoSansJP-Regular.ttf", "NotoSansKR-Regular.ttf")) {
      Path path = FontFiles.copy(file).orElseThrow();
      Files.delete(path);
    }
    assertArrayEquals(before, renderer.render(korean));
  }

  private static DocumentContent content(String counterparty) {
    return new DocumentContent(
        DocumentKind.PRE_REPORT_FORM,
        "1",
        "技術移転事前報告書",
        "PR-2026-000001",
        Instant.parse("2026-12-04T01:00:00Z"),
        "経済産業大臣",
        "アルファ電材株式会社",
        List.of(
            Section.paragraphs("", "次のとおり報告します。"),
            Section.table("相手方", List.of(List.of("項目", "内容"), List.of("名称", counterparty)))));
  }
}
