package dev.taiwa.service.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document whose counterparties need the Chinese and Korean faces (so all eight fonts are parsed)
 * renders in a JVM of its own with a heap of 48 MB: the parsed fonts take about 28 MB there. While
 * OpenPDF kept each font's bytes they took about 67 MB and this render ran out of heap.
 */
class FontsInSmallHeapTest {
  private static final List<String> NAMES =
      List.of("苏州华电精密有限公司", "臺灣積體電路製造股份有限公司", "삼성전자 주식회사", "株式会社𠮷野精機");

  @Test
  void aDocumentNeedingTheChineseAndKoreanFacesRendersIn48MbOfHeap(@TempDir Path folder)
      throws Exception {
    Path pdf = folder.resolve("document.pdf");
    Path log = folder.resolve("render.log");
    Process render =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                FontsInSmallHeapTest.class.getName(),
                pdf.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(render.waitFor(2, TimeUnit.MINUTES), "the render did not end in 2 minutes");
    assertEquals(0, render.exitValue(), () -> readLog(log));
    String text = PdfReading.text(Files.readAllBytes(pdf));
    for (String name : NAMES) {
      assertTrue(text.contains(name), () -> name + " missing from:\n" + text);
    }
  }

  /** In the small heap: renders the document with the names to the file given. */
  public static void main(String[] args) throws Exception {
    byte[] pdf =
        new OpenPdfDocumentRenderer()
            .render(
                CounterpartyForm.naming(NAMES.get(0), NAMES.get(1), NAMES.get(2), NAMES.get(3)));
    Files.write(Path.of(args[0]), pdf);
  }

  private static String readLog(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
