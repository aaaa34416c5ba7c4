package dev.taiwa.service.document;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The font every document is printed in: Noto Sans JP Regular (SIL Open Font License 1.1, shipped
 * in {@code fonts/} with its licence), embedded as a subset with Identity-H so that characters
 * outside JIS X 0208 (𠮷 in a name) print. OpenPDF silently drops a character the font lacks, so
 * {@link #unprintable} finds them first.
 */
final class DocumentFont {
  static final String RESOURCE = "fonts/NotoSansJP-Regular.ttf";
  private static final byte[] BYTES = load();

  /** One parsed font shared by the glyph checks, which only read it. */
  private static final BaseFont CHECKER = create();

  private DocumentFont() {}

  /** A fresh font object for one document (its subset is collected per document). */
  static BaseFont create() {
    try {
      return BaseFont.createFont(
          "NotoSansJP-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, BYTES, null);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the document font " + RESOURCE, e);
    }
  }

  /** The characters among {@code texts} the font has no glyph for, each once, in order met. */
  static Set<String> unprintable(Stream<String> texts) {
    return unprintable(CHECKER, texts);
  }

  private static Set<String> unprintable(BaseFont font, Stream<String> texts) {
    Set<String> missing = new LinkedHashSet<>();
    texts.forEach(
        text ->
            text.codePoints()
                .filter(c -> !Character.isISOControl(c) && !font.charExists(c))
                .forEach(c -> missing.add(new String(Character.toChars(c)))));
    return missing;
  }

  private static byte[] load() {
    try (InputStream in = DocumentFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("document font missing from the classpath: " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
