package dev.taiwa.cases.document.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything a document prints, fixed at generation: the snapshot that is stored and from which the
 * PDF is rendered again byte for byte. {@code issuedAt} becomes the PDF's creation and modification
 * date; {@code referenceNumber} is the case's number (事前報告の整理番号, 特願番号); {@code documentNumber} is
 * the notice's own number (発番), blank for documents that are not numbered.
 */
public record DocumentContent(
    DocumentKind kind,
    String templateVersion,
    String title,
    String referenceNumber,
    Instant issuedAt,
    String addressee,
    String issuer,
    List<Section> sections,
    String documentNumber) {
  public DocumentContent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(templateVersion, "template version");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(referenceNumber, "reference number");
    Objects.requireNonNull(issuedAt, "issued at");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(issuer, "issuer");
    sections = List.copyOf(sections);
    documentNumber = documentNumber == null ? "" : documentNumber;
  }

  /** A document without a number of its own (as templates compose it). */
  public DocumentContent(
      DocumentKind kind,
      String templateVersion,
      String title,
      String referenceNumber,
      Instant issuedAt,
      String addressee,
      String issuer,
      List<Section> sections) {
    this(kind, templateVersion, title, referenceNumber, issuedAt, addressee, issuer, sections, "");
  }

  /** The same content signed by {@code issuer} and ending with {@code more} sections. */
  public DocumentContent issuedBy(String issuer, List<Section> more) {
    List<Section> all = new java.util.ArrayList<>(sections);
    all.addAll(more);
    return new DocumentContent(
        kind,
        templateVersion,
        title,
        referenceNumber,
        issuedAt,
        addressee,
        issuer,
        all,
        documentNumber);
  }

  /** The same content addressed to {@code block} (lines; 殿 follows the last). */
  public DocumentContent addressedTo(String block) {
    return new DocumentContent(
        kind,
        templateVersion,
        title,
        referenceNumber,
        issuedAt,
        block,
        issuer,
        sections,
        documentNumber);
  }

  /** The same content with this document number. */
  public DocumentContent numbered(String number) {
    return new DocumentContent(
        kind,
        templateVersion,
        title,
        referenceNumber,
        issuedAt,
        addressee,
        issuer,
        sections,
        number);
  }

  /**
   * One part of the body: an optional heading, paragraphs, and a table whose first row is its
   * header (empty: no table).
   */
  public record Section(String heading, List<String> paragraphs, List<List<String>> table) {
    public Section {
      heading = heading == null ? "" : heading;
      paragraphs = List.copyOf(paragraphs);
      table =
          table.stream().map(row -> row.stream().map(c -> c == null ? "" : c).toList()).toList();
    }

    public static Section paragraphs(String heading, String... paragraphs) {
      return new Section(heading, List.of(paragraphs), List.of());
    }

    public static Section table(String heading, List<List<String>> rows) {
      return new Section(heading, List.of(), rows);
    }
  }

  /** Every piece of text the document prints, for reading a document as a whole. */
  public Stream<String> texts() {
    Stream<String> head = Stream.of(documentNumber, title, referenceNumber, addressee, issuer);
    Stream<String> body =
        sections.stream()
            .flatMap(
                s ->
                    Stream.concat(
                        Stream.concat(Stream.of(s.heading()), s.paragraphs().stream()),
                        s.table().stream().flatMap(List::stream)));
    return Stream.concat(head, body);
  }
}
