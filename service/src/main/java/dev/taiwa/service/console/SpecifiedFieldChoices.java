package dev.taiwa.service.console;

import dev.taiwa.cases.patent.catalogue.SpecifiedFieldRevision;
import java.util.List;
import java.util.Optional;

/**
 * The specified fields of a revision as a form's boxes: 第3号 and its name in the page's language.
 */
final class SpecifiedFieldChoices {
  private SpecifiedFieldChoices() {}

  static List<CaseWork.Choice> of(Optional<SpecifiedFieldRevision> revision, Texts t) {
    return revision.map(SpecifiedFieldRevision::fields).stream()
        .flatMap(List::stream)
        .map(
            f ->
                new CaseWork.Choice(
                    String.valueOf(f.number()),
                    t.format("patent.field", f.number())
                        + " "
                        + (t.language() == ConsoleLanguage.EN ? f.nameEn() : f.nameJa())))
        .toList();
  }
}
