package dev.taiwa.cases.secrecy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every field of a withheldable case is, declared once, by its API field name: part of the
 * skeleton (always shown to whoever may know the case exists) or a part that is withheld with the
 * content. A field this table does not name is withheld ({@link #shows}); a test holds the table
 * and the schema together, so a new field cannot be added without a decision here.
 */
public final class WithheldFields {

  /** Why a field is shown or withheld. */
  public enum Part {
    /** id, number, state: always shown to a caller who may know the case exists. */
    SKELETON,
    /** The invention itself: title, abstract, claims, summary. */
    CONTENT,
    /** Dates and periods: filing, screening due, designation, deadlines. */
    DATES,
    /** What screening found: IPC codes, matched fields, facts of the additional requirement. */
    SCREENING,
    /** Who is on the case: applicants, the assigned examiner. */
    PARTIES,
    /** What is recorded about the case: review records, links, documents, claims, notices. */
    RECORDS,
    /** How the procedure stands beyond its state: decisions, reasons, held flags, versions. */
    PROCEDURE
  }

  /**
   * Types reachable from a withheldable case that are reference data, never about a case: shown as
   * they are wherever a shown field leads to them.
   */
  public static final Set<String> REFERENCE_TYPES =
      Set.of("Organisation", "SpecifiedField", "Person");

  private static final Map<Withheldable, Map<String, Part>> TABLE = table();

  private WithheldFields() {}

  private static Map<Withheldable, Map<String, Part>> table() {
    Map<Withheldable, Map<String, Part>> table = new EnumMap<>(Withheldable.class);
    table.put(
        Withheldable.PATENT_APPLICATION,
        fields(
            "id", Part.SKELETON,
            "applicationNumber", Part.SKELETON,
            "state", Part.SKELETON,
            "secretWithheld", Part.SKELETON,
            // The caller's own possible transitions in this state: state and roles only.
            "availableActions", Part.SKELETON,
            "version", Part.PROCEDURE,
            "filingDate", Part.DATES,
            "applicantIds", Part.PARTIES,
            "applicants", Part.PARTIES,
            "inventionCompletedInJapan", Part.SCREENING,
            "title", Part.CONTENT,
            "abstract", Part.CONTENT,
            "claims", Part.CONTENT,
            "ipcCodes", Part.SCREENING,
            "route", Part.SCREENING,
            "additionalRequirementFacts", Part.SCREENING,
            "outsideReason", Part.PROCEDURE,
            "screeningDue", Part.DATES,
            "matchedFields", Part.SCREENING,
            "decisionReason", Part.PROCEDURE,
            "assignedExaminerId", Part.PARTIES,
            "trackDeadlines", Part.DATES,
            "designation", Part.DATES,
            "publicationHeld", Part.PROCEDURE,
            "decisionHeld", Part.PROCEDURE,
            "foreignFilingGate", Part.PROCEDURE,
            "reviewRecords", Part.RECORDS,
            "deadlines", Part.DATES,
            "documents", Part.RECORDS,
            "linkedPreReports", Part.RECORDS,
            "compensationClaims", Part.RECORDS,
            "nonSendingNotice", Part.RECORDS));
    table.put(
        Withheldable.SCREENING_WORKBENCH,
        fields(
            "applicationId", Part.SKELETON,
            "applicationNumber", Part.SKELETON,
            "secretWithheld", Part.SKELETON,
            "revisionId", Part.SCREENING,
            "mappingAvailable", Part.SCREENING,
            "candidates", Part.SCREENING,
            "additionalRequirementMet", Part.SCREENING,
            "screeningDue", Part.DATES,
            "note", Part.SCREENING));
    table.put(
        Withheldable.PRIOR_CONFIRMATION,
        fields(
            "id", Part.SKELETON,
            "state", Part.SKELETON,
            "organisationId", Part.PARTIES,
            "organisation", Part.PARTIES,
            "version", Part.PROCEDURE,
            "title", Part.CONTENT,
            "summary", Part.CONTENT,
            "claimedFields", Part.SCREENING,
            "inventionCompletedInJapan", Part.SCREENING,
            "intendedForeignFiling", Part.CONTENT,
            "requestedAt", Part.DATES,
            "consultation", Part.RECORDS,
            "answer", Part.PROCEDURE,
            "answerReason", Part.PROCEDURE,
            "answeredAt", Part.DATES,
            "availableActions", Part.PROCEDURE,
            "documents", Part.RECORDS));
    return Collections.unmodifiableMap(table);
  }

  /** The declared fields of a case type with their part; empty for a record type. */
  public static Map<String, Part> of(Withheldable type) {
    return TABLE.getOrDefault(type, Map.of());
  }

  /** The declared part of a field, when the table names it. */
  public static Optional<Part> partOf(Withheldable type, String field) {
    return Optional.ofNullable(of(type).get(field));
  }

  /**
   * True when {@code field} of {@code type} may be shown under {@code disclosure}: every declared
   * field when the case is disclosed in full; under {@link Disclosure#SKELETON} the skeleton only.
   * A record type has no skeleton: withheld whole with its case. An undeclared field of a case is
   * withheld under the skeleton too.
   */
  public static boolean shows(Disclosure disclosure, Withheldable type, String field) {
    if (disclosure == Disclosure.FULL) {
      return true;
    }
    return partOf(type, field).orElse(Part.CONTENT) == Part.SKELETON;
  }

  private static Map<String, Part> fields(Object... pairs) {
    Map<String, Part> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (fields.put((String) pairs[i], (Part) pairs[i + 1]) != null) {
        throw new IllegalStateException("field declared twice: " + pairs[i]);
      }
    }
    return Collections.unmodifiableMap(fields);
  }
}
