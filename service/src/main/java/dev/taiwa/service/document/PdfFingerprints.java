package dev.taiwa.service.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes OpenPDF's output a pure function of the content. OpenPDF draws two values at random: the
 * six-letter tag of an embedded font subset ({@code ABCDEF+NotoSansJP}) and the file identifier in
 * the trailer ({@code /ID [<..><..>]}). Both are replaced, byte for byte in place (so no offset
 * moves), by values derived from the rest of the file.
 */
final class PdfFingerprints {
  private static final Pattern SUBSET_TAG = Pattern.compile("/([A-Z]{6})\\+");
  private static final Pattern FILE_ID =
      Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>\\s*\\]");

  private PdfFingerprints() {}

  static byte[] fix(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    StringBuilder out = new StringBuilder(text.length());
    Matcher tags = SUBSET_TAG.matcher(text);
    int last = 0;
    while (tags.find()) {
      out.append(text, last, tags.start(1)).append("TAIWAA");
      last = tags.end(1);
    }
    out.append(text, last, text.length());
    String tagged = out.toString();
    Matcher id = FILE_ID.matcher(tagged);
    if (!id.find()) {
      return tagged.getBytes(StandardCharsets.ISO_8859_1);
    }
    String zeroed =
        tagged.substring(0, id.start(1))
            + "0".repeat(id.group(1).length())
            + tagged.substring(id.end(1), id.start(2))
            + "0".repeat(id.group(2).length())
            + tagged.substring(id.end(2));
    String digest = sha256Hex(zeroed.getBytes(StandardCharsets.ISO_8859_1));
    String fileId = digest.substring(0, Math.min(id.group(1).length(), digest.length()));
    String fixed =
        tagged.substring(0, id.start(1))
            + pad(fileId, id.group(1).length())
            + tagged.substring(id.end(1), id.start(2))
            + pad(fileId, id.group(2).length())
            + tagged.substring(id.end(2));
    return fixed.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String pad(String hex, int length) {
    StringBuilder padded = new StringBuilder(hex);
    while (padded.length() < length) {
      padded.append('0');
    }
    return padded.substring(0, length);
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
