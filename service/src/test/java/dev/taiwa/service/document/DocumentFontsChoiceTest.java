package dev.taiwa.service.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese and Korean faces are parsed only for a text Noto Sans JP lacks a character of; each
 * character must still be printed in the same font as when all eight are consulted in their order
 * (a document rendered again from its snapshot must give the same bytes).
 */
class DocumentFontsChoiceTest {
  private static final List<String> ORDER =
      List.of(
          "NotoSansJP-Regular.ttf",
          "NotoSansSC-Regular.ttf",
          "NotoSansTC-Regular.ttf",
          "NotoSansKR-Regular.ttf",
          "NotoSans-Regular.ttf",
          "NotoSansThai-Regular.ttf",
          "NotoSansDevanagari-Regular.ttf",
          "NotoSansArabic-Regular.ttf");

  private static final FontSelector ALL_EIGHT = allEight();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "株式会社𠮷野精機 ABC-123（東京都）",
        "苏州华电精密有限公司",
        "臺灣積體電路製造股份有限公司",
        "삼성전자 주식회사",
        "บริษัท ไทยเทค จำกัด",
        "Nguyễn Đức Thắng Łódź",
        "アルファ電材株式会社\n苏州 ООО Ромашка",
        "私用\uE000文字"
      })
  void eachCharacterIsPrintedInTheFontTheFullOrderChooses(String text) {
    assertEquals(runs(ALL_EIGHT.process(text)), runs(new DocumentFonts(10.5f).phrase(text)));
  }

  /** Each run as its text and the font's name. */
  private static List<String> runs(Phrase phrase) {
    return phrase.getChunks().stream()
        .map(Chunk.class::cast)
        .map(
            chunk ->
                chunk.getContent()
                    + " @ "
                    + (chunk.getFont().getBaseFont() == null
                        ? "none"
                        : chunk.getFont().getBaseFont().getPostscriptFontName()))
        .toList();
  }

  private static FontSelector allEight() {
    FontSelector selector = new FontSelector();
    for (String file : ORDER) {
      try (InputStream in =
          DocumentFontsChoiceTest.class.getClassLoader().getResourceAsStream("fonts/" + file)) {
        selector.addFont(
            new Font(
                BaseFont.createFont(
                    file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null),
                10.5f));
      } catch (Exception e) {
        throw new IllegalStateException(file, e);
      }
    }
    return selector;
  }
}
