package dev.taiwa.tools.export;

import static dev.taiwa.tools.export.ExportSection.object;
import static dev.taiwa.tools.export.Texts.text;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentReviewQueries;
import dev.taiwa.cases.patent.model.DesignationTerm;
import dev.taiwa.cases.secrecy.WithheldFields;
import dev.taiwa.cases.secrecy.Withheldable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A patent application's security designation term (保全指定), as {@link
 * PatentReviewQueries#designation} gives it, only where {@link WithheldFields} shows an
 * application's designation to the operator (as GraphQL's {@code PatentApplication.designation});
 * empty when never designated. The use case reads one application at a time, so a page costs one
 * read per shown application.
 */
final class DesignationSection implements ExportSection<PatentApplicationView> {
  private final PatentReviewQueries review;
  private Map<CaseId, DesignationTerm> loaded = Map.of();

  DesignationSection(PatentReviewQueries review) {
    this.review = review;
  }

  @Override
  public String name() {
    return "designation";
  }

  @Override
  public List<String> columns() {
    return List.of(
        "designation.designatedOn",
        "designation.periodEnd",
        "designation.extensions",
        "designation.liftedOn",
        "designation.expiredOn");
  }

  @Override
  public void load(Actor actor, List<PatentApplicationView> page) {
    Map<CaseId, DesignationTerm> terms = new HashMap<>();
    for (PatentApplicationView view : page) {
      if (WithheldFields.shows(view.disclosure(), Withheldable.PATENT_APPLICATION, "designation")) {
        review
            .designation(view.application())
            .ifPresent(term -> terms.put(view.application().id(), term));
      }
    }
    loaded = terms;
  }

  @Override
  public List<Object> cells(PatentApplicationView view) {
    DesignationTerm term = loaded.get(view.application().id());
    if (term == null) {
      return Arrays.asList(null, null, null, null, null);
    }
    return Arrays.asList(
        text(term.designatedOn()),
        text(term.periodEnd()),
        term.extensions(),
        term.liftedOn().map(Object::toString).orElse(null),
        term.expiredOn().map(Object::toString).orElse(null));
  }

  @Override
  public Object json(PatentApplicationView view) {
    DesignationTerm term = loaded.get(view.application().id());
    if (term == null) {
      return null;
    }
    return object(
        "designatedOn", text(term.designatedOn()),
        "periodEnd", text(term.periodEnd()),
        "extensions", term.extensions(),
        "liftedOn", term.liftedOn().map(Object::toString).orElse(null),
        "liftingNoticeDate", term.liftingNoticeDate().map(Object::toString).orElse(null),
        "liftingReason", term.liftingReason().orElse(null),
        "expiredOn", term.expiredOn().map(Object::toString).orElse(null));
  }
}
