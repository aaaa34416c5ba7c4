package dev.taiwa.service.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The fonts are parsed once and shared by every render: documents in different scripts rendered at
 * the same time on several threads come out byte for byte as when rendered one after another, and
 * each carries only its own characters.
 */
class SharedFontsRenderTest {
  private static final List<String> NAMES =
      List.of("苏州华电精密有限公司", "삼성전자 주식회사", "บริษัท ไทยเทค จำกัด", "ООО Ромашка", "株式会社𠮷野精機");

  private final OpenPdfDocumentRenderer renderer = new OpenPdfDocumentRenderer();

  @Test
  void concurrentRendersGiveTheSameBytesAsRendersOneAtATime() throws Exception {
    List<byte[]> alone =
        NAMES.stream().map(name -> renderer.render(CounterpartyForm.naming(name))).toList();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> together = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        for (String name : NAMES) {
          together.add(pool.submit(() -> renderer.render(CounterpartyForm.naming(name))));
        }
      }
      for (int i = 0; i < together.size(); i++) {
        assertArrayEquals(
            alone.get(i % NAMES.size()), together.get(i).get(), NAMES.get(i % NAMES.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aDocumentPrintsItsOwnNameAndNotAnotherRendersName() {
    renderer.render(CounterpartyForm.naming(NAMES.get(1)));
    String text = PdfReading.text(renderer.render(CounterpartyForm.naming(NAMES.get(0))));
    assertTrue(text.contains(NAMES.get(0)), text);
    assertTrue(!text.contains("삼성"), text);
  }
}
