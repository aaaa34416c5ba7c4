package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.model.DesignationTerm;
import dev.taiwa.cases.patent.model.ForeignFilingGate;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.port.PatentReviewRecords;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The review reads of one request over many applications (a list page): the designation, the
 * foreign-filing gate and the records shown to the caller all come from the applications' review
 * records, read once for the whole request in one batch and shared by the three. The decisions are
 * {@link PatentReviewQueries}' own: who reads which records, and every read that returns records is
 * audited. Use one instance per request only: nothing read here is kept longer.
 */
public final class PatentReviewReads {
  private final PatentReviewQueries queries;
  private final PatentReviewRecords records;
  private final Map<CaseId, List<ReviewRecord>> read = new HashMap<>();

  PatentReviewReads(PatentReviewQueries queries, PatentReviewRecords records) {
    this.queries = queries;
    this.records = records;
  }

  /** The designation term of each application that was ever designated. */
  public Map<CaseId, DesignationTerm> designations(Collection<PatentApplication> applications) {
    return each(applications, (application, recorded) -> DesignationTerm.of(recorded).orElse(null));
  }

  /** The foreign-filing gate of each application today. */
  public Map<CaseId, ForeignFilingGate> foreignFilingGates(
      Collection<PatentApplication> applications) {
    return each(applications, queries::gateOf);
  }

  /**
   * The records each application shows {@code actor}, as {@link PatentReviewQueries#records}
   * decides, with one SECRET_CONTENT_READ per application whose records are returned, appended
   * together before anything is returned.
   */
  public Map<CaseId, List<ReviewRecord>> records(
      Actor actor, Collection<PatentApplication> applications) {
    return queries.shownRecords(actor, recorded(applications));
  }

  private <T> Map<CaseId, T> each(
      Collection<PatentApplication> applications,
      BiFunction<PatentApplication, List<ReviewRecord>, T> field) {
    Map<CaseId, T> values = new LinkedHashMap<>();
    recorded(applications)
        .forEach(
            (application, recorded) -> {
              T value = field.apply(application, recorded);
              if (value != null) {
                values.put(application.id(), value);
              }
            });
    return values;
  }

  /** The applications with their records; those not read yet in this request in one batch. */
  private synchronized Map<PatentApplication, List<ReviewRecord>> recorded(
      Collection<PatentApplication> applications) {
    List<CaseId> missing =
        applications.stream()
            .map(PatentApplication::id)
            .filter(id -> !read.containsKey(id))
            .toList();
    if (!missing.isEmpty()) {
      read.putAll(records.ofCases(missing));
    }
    Map<PatentApplication, List<ReviewRecord>> recorded = new LinkedHashMap<>();
    applications.forEach(a -> recorded.put(a, read.getOrDefault(a.id(), List.of())));
    return recorded;
  }
}
