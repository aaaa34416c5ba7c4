package dev.taiwa.service.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads PDFs back with Apache PDFBox, a parser independent of OpenPDF: its text (through the
 * embedded font's ToUnicode map, so a dropped or mis-mapped glyph shows) and its first page as an
 * image written to {@code target/document-previews/}.
 */
final class PdfReading {
  static final Path PREVIEWS = Path.of("target", "document-previews");

  private PdfReading() {}

  static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders page 1 at 100 dpi to {@code <name>.png}; the share of pixels that are not white. */
  static double inkedShare(byte[] pdf, String name) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100f);
      Files.createDirectories(PREVIEWS);
      ImageIO.write(image, "png", PREVIEWS.resolve(name + ".png").toFile());
      long inked = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
            inked++;
          }
        }
      }
      return (double) inked / ((long) image.getWidth() * image.getHeight());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
