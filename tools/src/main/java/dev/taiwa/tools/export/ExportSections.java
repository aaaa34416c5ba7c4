package dev.taiwa.tools.export;

import dev.taiwa.cases.deadline.application.DeadlineQueries;
import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.inform.application.InformQueries;
import dev.taiwa.cases.outcome.application.OutcomeQueries;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentReviewQueries;
import dev.taiwa.cases.prereport.model.PreReport;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The parts of an exported case, in column order, each reading through the use cases' queries. A
 * new list for each export, as the sections keep the page they loaded.
 */
@Singleton
final class ExportSections {
  private final DialogueQueries dialogue;
  private final InformQueries informs;
  private final OutcomeQueries outcomes;
  private final DeadlineQueries deadlines;
  private final PatentReviewQueries review;

  ExportSections(
      DialogueQueries dialogue,
      InformQueries informs,
      OutcomeQueries outcomes,
      DeadlineQueries deadlines,
      PatentReviewQueries review) {
    this.dialogue = dialogue;
    this.informs = informs;
    this.outcomes = outcomes;
    this.deadlines = deadlines;
    this.review = review;
  }

  /**
   * A pre-report's sections. The inform takes its cited concerns from the concerns section, which
   * loads before it.
   */
  List<ExportSection<PreReport>> preReports() {
    ConcernsSection concerns = new ConcernsSection(dialogue);
    return List.of(
        new PreReportSection(),
        new MeetingsSection(dialogue),
        concerns,
        new QueriesSection(dialogue),
        new InformSection(informs, concerns),
        new LicenceApplicationSection(informs),
        new OutcomeSection(outcomes),
        new DeadlinesSection<>(deadlines, PreReport::id));
  }

  /** A patent application's sections. */
  List<ExportSection<PatentApplicationView>> patents() {
    return List.of(
        new PatentSection(),
        new DeadlinesSection<>(deadlines, v -> v.application().id()),
        new DesignationSection(review));
  }
}
