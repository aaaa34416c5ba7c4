package dev.taiwa.service.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.JapaneseDate;
import dev.taiwa.cases.document.port.DocumentRenderer;
import dev.taiwa.cases.kernel.JapanTime;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Typesets a document on A4 as Japanese officials lay it out: document number (発番), reference
 * number and date (era and ISO) at the top right, the addressee (殿) at the left, the issuer at the
 * right, the title centred, then the body's paragraphs and ruled tables. The PDF's dates come from
 * {@code issuedAt} (the case event the document records) and its random parts are fixed by {@link
 * PdfFingerprints}: the same content gives the same bytes.
 */
@Singleton
public class OpenPdfDocumentRenderer implements DocumentRenderer {
  private static final float MARGIN = 56f;
  private static final Color HEADER = new Color(0xE8, 0xE8, 0xE8);
  private static final PdfName RECORDED_AT = new PdfName("TaiwaRecordedAt");

  @Override
  public byte[] render(DocumentContent content) {
    FontFiles.restoreMissing();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      GregorianCalendar issued = new GregorianCalendar(TimeZone.getTimeZone(JapanTime.ZONE));
      issued.setTimeInMillis(content.issuedAt().toEpochMilli());
      document.addTitle(content.title());
      document.addCreator("Taiwa " + content.templateVersion());
      document.open();
      // OpenPDF stamps the creation date with the clock: both dates come from the content instead.
      writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(issued));
      writer.getInfo().put(PdfName.MODDATE, new PdfDate(issued));
      // The PDF dates keep whole seconds: the exact instant of the recorded case event tells two
      // case states apart even within one second.
      writer.getInfo().put(RECORDED_AT, new PdfString(content.issuedAt().toString()));
      if (!content.documentNumber().isEmpty()) {
        document.add(right(content.documentNumber(), Fonts.BODY));
      }
      document.add(right(content.referenceNumber(), Fonts.BODY));
      document.add(right(JapaneseDate.withIso(JapanTime.dateOf(content.issuedAt())), Fonts.BODY));
      document.add(spaced(paragraph(content.addressee() + "　殿", Fonts.BODY), 12f));
      document.add(right(content.issuer(), Fonts.BODY));
      Paragraph heading1 = paragraph(content.title(), Fonts.TITLE);
      heading1.setAlignment(Element.ALIGN_CENTER);
      heading1.setSpacingBefore(18f);
      heading1.setSpacingAfter(14f);
      document.add(heading1);
      for (Section section : content.sections()) {
        if (!section.heading().isEmpty()) {
          Paragraph h = paragraph(section.heading(), Fonts.HEADING);
          h.setAlignment("記".equals(section.heading()) ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
          h.setSpacingBefore(8f);
          h.setSpacingAfter(4f);
          document.add(h);
        }
        for (String text : section.paragraphs()) {
          Paragraph p = paragraph(text, Fonts.BODY);
          p.setFirstLineIndent(10.5f);
          p.setSpacingAfter(6f);
          document.add(p);
        }
        if (!section.table().isEmpty()) {
          document.add(table(section.table(), Fonts.SMALL));
        }
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot typeset " + content.kind(), e);
    }
    return PdfFingerprints.fix(out.toByteArray());
  }

  private static PdfPTable table(List<List<String>> rows, DocumentFonts fonts) {
    int columns = rows.get(0).size();
    PdfPTable table = new PdfPTable(columns);
    table.setWidthPercentage(100f);
    table.setSpacingBefore(4f);
    table.setSpacingAfter(8f);
    try {
      table.setWidths(widths(columns));
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    table.setHeaderRows(1);
    for (int r = 0; r < rows.size(); r++) {
      for (String text : rows.get(r)) {
        PdfPCell cell = new PdfPCell(fonts.phrase(text));
        cell.setPadding(4f);
        // Bidirectional layout (left to right overall) joins and orders Arabic within a cell.
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        if (r == 0) {
          cell.setBackgroundColor(HEADER);
        }
        table.addCell(cell);
      }
    }
    return table;
  }

  private static float[] widths(int columns) {
    if (columns == 2) {
      return new float[] {1f, 3f};
    }
    float[] widths = new float[columns];
    java.util.Arrays.fill(widths, 1f);
    widths[columns - 1] = 2.5f;
    return widths;
  }

  private static Paragraph paragraph(String text, DocumentFonts fonts) {
    Paragraph p = new Paragraph(fonts.phrase(text));
    p.setLeading(fonts.leading());
    return p;
  }

  private static Paragraph right(String text, DocumentFonts fonts) {
    Paragraph p = paragraph(text, fonts);
    p.setAlignment(Element.ALIGN_RIGHT);
    return p;
  }

  private static Paragraph spaced(Paragraph p, float before) {
    p.setSpacingBefore(before);
    return p;
  }

  /**
   * The fonts, parsed when the first document is rendered (about 28 MB of heap and a second or two
   * of CPU for the eight font files, 8 MB of it for Noto Sans JP alone), not when the service
   * starts: most starts render none soon.
   */
  private static final class Fonts {
    static final DocumentFonts BODY = new DocumentFonts(10.5f);
    static final DocumentFonts SMALL = new DocumentFonts(9f);
    static final DocumentFonts TITLE = new DocumentFonts(16f);
    static final DocumentFonts HEADING = new DocumentFonts(11.5f);
  }
}
