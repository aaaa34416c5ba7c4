package dev.taiwa.cases.secrecy;

/**
 * The objects whose content may be withheld from a caller who may know that they exist, by their
 * API type name. A {@link Kind#CASE} has a skeleton of its own (declared field by field in {@link
 * WithheldFields}); a {@link Kind#RECORD} is something recorded about such a case (a deadline, a
 * review record, a link, a document...): it is shown whole, with its case's content, or not at all.
 */
public enum Withheldable {
  PATENT_APPLICATION("PatentApplication", Kind.CASE),
  SCREENING_WORKBENCH("ScreeningWorkbench", Kind.CASE),
  PRIOR_CONFIRMATION("PriorConfirmation", Kind.CASE),
  DEADLINE("Deadline", Kind.RECORD),
  DEADLINE_STOP("DeadlineStop", Kind.RECORD),
  PATENT_TRACK_DEADLINE("PatentTrackDeadline", Kind.RECORD),
  DESIGNATION("Designation", Kind.RECORD),
  FOREIGN_FILING_GATE("ForeignFilingGate", Kind.RECORD),
  REVIEW_RECORD("ReviewRecord", Kind.RECORD),
  SHARING_BUSINESS("SharingBusiness", Kind.RECORD),
  LINKED_CASE("LinkedCase", Kind.RECORD),
  ISSUED_DOCUMENT("IssuedDocument", Kind.RECORD),
  NON_SENDING_NOTICE("NonSendingNotice", Kind.RECORD),
  COMPENSATION_CLAIM("CompensationClaim", Kind.RECORD),
  COMPENSATION_ASSESSMENT_NOTE("CompensationAssessmentNote", Kind.RECORD),
  PRIOR_CONFIRMATION_CONSULTATION("PriorConfirmationConsultation", Kind.RECORD),
  SCREENING_CANDIDATE("ScreeningCandidate", Kind.RECORD),
  ADDITIONAL_REQUIREMENT_FACTS("AdditionalRequirementFacts", Kind.RECORD);

  /** Whether the object has a skeleton of its own or is a record about a case. */
  public enum Kind {
    CASE,
    RECORD
  }

  private final String typeName;
  private final Kind kind;

  Withheldable(String typeName, Kind kind) {
    this.typeName = typeName;
    this.kind = kind;
  }

  /** The API (GraphQL) type, e.g. {@code PatentApplication}. */
  public String typeName() {
    return typeName;
  }

  public Kind kind() {
    return kind;
  }
}
