package dev.taiwa.service.document;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a printed document must not show its reader: internal rule keys
 * (patent.priorNoticeReplyDays), English codes of states, events and choices (SUBSIDIARY,
 * IN_DIALOGUE, DOCUMENT_GENERATED) and UUIDs. Everything a reader sees is Japanese, or a name or
 * reference the case itself holds.
 */
final class NoticeWording {
  private static final List<Pattern> FORBIDDEN =
      List.of(
          Pattern.compile("\\b[a-z]+\\.[a-z]+[A-Z][A-Za-z]*\\b"),
          Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b"),
          Pattern.compile(
              "\\b(SUBSIDIARY|CONTRACT|AGREEMENT|UNRELATED|ACCEPTED|REJECTED|DRAFT|SUBMITTED"
                  + "|WITHDRAWN|LICENSING|GRANTED|REFUSED)\\b"),
          Pattern.compile("\\(\\d+\\)(、|\\R|$)", Pattern.MULTILINE),
          Pattern.compile(
              "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));

  private NoticeWording() {}

  /** The PDF's text, after checking it shows none of the forbidden codes. */
  static String checked(byte[] pdf) {
    String text = PdfReading.text(pdf);
    for (Pattern pattern : FORBIDDEN) {
      var found = pattern.matcher(text);
      assertFalse(found.find(), () -> "prints " + found.group() + " in:\n" + text);
    }
    return text;
  }
}
