package dev.taiwa.service.document;

import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.DocumentKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A pre-report form whose counterparty table names the given counterparties, one row each. */
final class CounterpartyForm {
  private CounterpartyForm() {}

  static DocumentContent naming(String... counterparties) {
    List<List<String>> rows = new ArrayList<>(List.of(List.of("項目", "内容")));
    for (String name : counterparties) {
      rows.add(List.of("名称", name));
    }
    return new DocumentContent(
        DocumentKind.PRE_REPORT_FORM,
        "1",
        "技術移転事前報告書",
        "PR-2026-000001",
        Instant.parse("2026-12-04T01:00:00Z"),
        "経済産業大臣",
        "アルファ電材株式会社",
        List.of(Section.paragraphs("", "次のとおり報告します。"), Section.table("相手方", rows)));
  }
}
