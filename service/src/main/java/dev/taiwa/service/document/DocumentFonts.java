package dev.taiwa.service.document;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The fonts every document is printed in (all SIL Open Font License 1.1, shipped in {@code fonts/}
 * with their licences and sources in its README): Noto Sans JP first, then Noto Sans SC, TC and KR,
 * Noto Sans (Latin with diacritics, Cyrillic, Greek), Thai, Devanagari and Arabic. Each character
 * is printed in the first font that has it (OpenPDF's {@link FontSelector}), embedded as a subset
 * with Identity-H, so a name in any of these scripts prints and no document is refused for a glyph.
 *
 * <p>Each font file is parsed once and the parsed fonts are shared by every render, also concurrent
 * ones: after creation a {@link BaseFont} is only read (widths, cmap, glyph data); the glyphs a
 * document uses are collected per {@code PdfWriter}, and the subset is cut from a private reader of
 * the font's file ({@link FontFiles}: OpenPDF keeps the bytes of a font parsed from an array, not
 * those of one read from a file). Noto Sans JP is parsed at the first printed document; the other
 * seven faces (among them the Chinese and Korean ones: 24 MB of font files) only when a text has a
 * character Noto Sans JP lacks: a text Noto Sans JP covers prints in it alone whatever follows it
 * in the order, so most documents never need them.
 */
final class DocumentFonts {
  private final float size;
  private final FontSelector japanese = new FontSelector();
  private volatile FontSelector all;

  /** The fonts at one size; build once and share (choosing fonts only reads). */
  DocumentFonts(float size) {
    this.size = size;
    japanese.addFont(new Font(Parsed.JAPANESE, size));
  }

  /** The text as runs, each in the first font that has its characters. */
  Phrase phrase(String text) {
    Phrase phrase = (coveredByJapanese(text) ? japanese : all()).process(text);
    phrase.setLeading(leading());
    return phrase;
  }

  /** Line spacing: one and a half times the size, as OpenPDF gives a single font. */
  float leading() {
    return size * 1.5f;
  }

  /** Whether Noto Sans JP has every character of the text (line breaks are not printed). */
  private static boolean coveredByJapanese(String text) {
    return text.codePoints().allMatch(c -> c == '\n' || c == '\r' || Parsed.JAPANESE.charExists(c));
  }

  /** All eight fonts in their order, the Chinese and Korean ones parsed at the first need. */
  private FontSelector all() {
    FontSelector selector = all;
    if (selector == null) {
      selector = new FontSelector();
      for (BaseFont font : Parsed.Fallbacks.ALL) {
        selector.addFont(new Font(font, size));
      }
      all = selector;
    }
    return selector;
  }

  /** The parsed fonts, each loaded once per process when its holder class is first used. */
  private static final class Parsed {
    static final BaseFont JAPANESE = parse("NotoSansJP-Regular.ttf");

    private Parsed() {}

    static final class Fallbacks {
      static final List<BaseFont> ALL =
          List.of(
              JAPANESE,
              parse("NotoSansSC-Regular.ttf"),
              parse("NotoSansTC-Regular.ttf"),
              parse("NotoSansKR-Regular.ttf"),
              parse("NotoSans-Regular.ttf"),
              parse("NotoSansThai-Regular.ttf"),
              parse("NotoSansDevanagari-Regular.ttf"),
              parse("NotoSansArabic-Regular.ttf"));

      private Fallbacks() {}
    }
  }

  /**
   * The font read from its file ({@link FontFiles}), so that OpenPDF keeps only what it parsed;
   * from its bytes, which it then keeps, where no file can be written.
   */
  private static BaseFont parse(String file) {
    try {
      Optional<Path> path = FontFiles.copy(file);
      if (path.isPresent()) {
        return FontFiles.mappedForSubsets(
            BaseFont.createFont(
                path.get().toString(),
                BaseFont.IDENTITY_H,
                BaseFont.EMBEDDED,
                false,
                null,
                null,
                false,
                false));
      }
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, FontFiles.bytes(file), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the document font fonts/" + file, e);
    }
  }
}
