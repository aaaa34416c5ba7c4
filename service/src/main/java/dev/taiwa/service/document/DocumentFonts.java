package dev.taiwa.service.document;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts every document is printed in (all SIL Open Font License 1.1, shipped in {@code fonts/}
 * with their licences and sources in its README): Noto Sans JP first, then Noto Sans SC, TC and KR,
 * Noto Sans (Latin with diacritics, Cyrillic, Greek), Thai, Devanagari and Arabic. Each character
 * is printed in the first font that has it (OpenPDF's {@link FontSelector}), embedded as a subset
 * with Identity-H, so a name in any of these scripts prints and no document is refused for a glyph.
 *
 * <p>Each font file is parsed once, when this class loads, and the parsed fonts are shared by every
 * render, also concurrent ones: after creation a {@link BaseFont} is only read (widths, cmap, glyph
 * data); the glyphs a document uses are collected per {@code PdfWriter}, and the subset is cut from
 * a private reader over the shared bytes.
 */
final class DocumentFonts {
  private static final List<String> FILES =
      List.of(
          "NotoSansJP-Regular.ttf",
          "NotoSansSC-Regular.ttf",
          "NotoSansTC-Regular.ttf",
          "NotoSansKR-Regular.ttf",
          "NotoSans-Regular.ttf",
          "NotoSansThai-Regular.ttf",
          "NotoSansDevanagari-Regular.ttf",
          "NotoSansArabic-Regular.ttf");
  private static final List<BaseFont> FONTS = FILES.stream().map(DocumentFonts::parse).toList();

  private final FontSelector selector = new FontSelector();
  private final float size;

  /** The fonts at one size; build once and share (choosing fonts only reads). */
  DocumentFonts(float size) {
    this.size = size;
    FONTS.forEach(font -> selector.addFont(new Font(font, size)));
  }

  /** The text as runs, each in the first font that has its characters. */
  Phrase phrase(String text) {
    Phrase phrase = selector.process(text);
    phrase.setLeading(leading());
    return phrase;
  }

  /** Line spacing: one and a half times the size, as OpenPDF gives a single font. */
  float leading() {
    return size * 1.5f;
  }

  private static BaseFont parse(String file) {
    String resource = "fonts/" + file;
    try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("document font missing from the classpath: " + resource);
      }
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the document font " + resource, e);
    }
  }
}
