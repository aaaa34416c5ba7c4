package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.patent.catalogue.SpecifiedField;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.secrecy.Disclosed;
import dev.taiwa.cases.secrecy.Disclosure;
import java.time.LocalDate;
import java.util.List;

/**
 * What an examiner screens with: the fields the application's IPC codes suggest (from the mapping
 * in force on its filing date), whether the additional requirement is met for fields (10)–(19), and
 * the screening deadline. {@code note} explains an empty suggestion list. {@code disclosure}: an
 * application whose content is withheld from the examiner shows only its id and number ({@link
 * dev.taiwa.cases.secrecy.WithheldFields}).
 */
public record ScreeningWorkbench(
    PatentApplication application,
    String revisionId,
    boolean mappingAvailable,
    List<Candidate> candidates,
    boolean additionalRequirementMet,
    LocalDate screeningDue,
    String note,
    Disclosure disclosure)
    implements Disclosed {
  public ScreeningWorkbench {
    candidates = List.copyOf(candidates);
  }

  /**
   * A suggested field; {@code qualifies} is false for a field needing the additional requirement
   * when the application's facts do not meet it.
   */
  public record Candidate(SpecifiedField field, boolean qualifies) {}
}
