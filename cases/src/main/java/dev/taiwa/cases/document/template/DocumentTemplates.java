package dev.taiwa.cases.document.template;

import dev.taiwa.cases.document.model.DocumentKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The template of every kind; a test checks that each kind has one. */
public final class DocumentTemplates {
  private final Map<DocumentKind, DocumentTemplate> byKind = new EnumMap<>(DocumentKind.class);

  public DocumentTemplates(List<DocumentTemplate> templates) {
    templates.forEach(t -> byKind.put(t.kind(), t));
  }

  /** Every template Taiwa ships. */
  public static DocumentTemplates standard() {
    return new DocumentTemplates(
        List.of(
            new PreReportFormTemplate(),
            new MeetingRecordTemplate(false),
            new MeetingRecordTemplate(true),
            new CaseDossierTemplate(),
            new ScreeningNoticeTemplate(true),
            new ScreeningNoticeTemplate(false),
            new InformNoticeTemplate(),
            new LicenceDecisionNoticeTemplate(),
            new PriorNoticeTemplate(),
            new DesignationNoticeTemplate(false),
            new DesignationNoticeTemplate(true),
            new LiftingNoticeTemplate(),
            new PriorConfirmationAnswerTemplate()));
  }

  public DocumentTemplate of(DocumentKind kind) {
    DocumentTemplate template = byKind.get(kind);
    if (template == null) {
      throw new IllegalStateException("no template for " + kind);
    }
    return template;
  }

  public Map<DocumentKind, DocumentTemplate> all() {
    return Collections.unmodifiableMap(byKind);
  }
}
