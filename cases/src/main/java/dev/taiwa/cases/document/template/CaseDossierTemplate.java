package dev.taiwa.cases.document.template;

import static dev.taiwa.cases.document.template.Issuers.orBlank;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.TimelineLabels;
import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.prereport.model.PreReport;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 案件記録: the case summary and its full timeline, one row per event of the case's audit trail as the
 * caller may read it (oldest first), each event by its Japanese label (the audit entry's free-text
 * summary, written in English for the audit log, is not printed).
 */
final class CaseDossierTemplate implements DocumentTemplate {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Override
  public Set<MaterialPart> parts() {
    return Set.of(MaterialPart.AUDIT_TIMELINE);
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.CASE_DOSSIER;
  }

  @Override
  public DocumentContent compose(CaseMaterial material) {
    PreReport report = material.preReport();
    List<List<String>> summary =
        List.of(
            List.of("項目", "内容"),
            List.of("報告者", material.organisationName(report.organisationId())),
            List.of("状態", JapaneseLabels.state(report.state())),
            List.of("提出日", Notices.submittedOn(report)),
            List.of("相手方", Notices.counterparty(report)),
            List.of("技術番号", Notices.technologyNumbers(report)));
    List<List<String>> timeline = new ArrayList<>();
    timeline.add(List.of("日時（日本時間）", "事象", "結果", "実施者"));
    for (AuditEvent event : material.timeline()) {
      AuditEntry e = event.entry();
      timeline.add(
          List.of(
              STAMP.format(e.occurredAt().atZone(JapanTime.ZONE)),
              TimelineLabels.of(e.action()).ja(),
              JapaneseLabels.outcome(e.outcome()),
              orBlank(e.actorName())));
    }
    return new DocumentContent(
        kind(),
        kind().templateVersion(),
        kind().titleJa(),
        report.reference().value(),
        material.issuedAt(),
        "関係職員（内部用）",
        Issuers.METI,
        List.of(Section.table("概要", summary), Section.table("経過", timeline)));
  }
}
