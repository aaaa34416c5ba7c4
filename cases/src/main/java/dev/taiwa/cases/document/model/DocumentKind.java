package dev.taiwa.cases.document.model;

/**
 * The kinds of document Taiwa issues, each with its Japanese title, the case track it belongs to,
 * its template version (bumped whenever the layout or wording changes, so a stored snapshot names
 * the template that printed it) and its audience. Adding a kind: a constant here, a row in {@link
 * DocumentPolicy}, a template in {@code document.template} and its test.
 */
public enum DocumentKind {
  PRE_REPORT_FORM("技術移転事前報告書", Track.PRE_REPORT, "pre-report-form/3", Audience.CASE),
  MEETING_RECORD("対話記録", Track.PRE_REPORT, "meeting-record/1", Audience.CASE),
  MEETING_RECORD_INTERNAL(
      "対話記録（内部用）", Track.PRE_REPORT, "meeting-record-internal/1", Audience.OFFICIALS),
  CASE_DOSSIER("案件記録", Track.PRE_REPORT, "case-dossier/2", Audience.OFFICIALS),
  SCREENING_SENT_NOTICE("保全審査送付通知", Track.PATENT, "screening-sent/3", Audience.CASE),
  SCREENING_NOT_SENT_NOTICE("保全審査不送付通知", Track.PATENT, "screening-not-sent/2", Audience.CASE),
  INFORM_NOTICE("許可申請をすべき旨の通知書", Track.PRE_REPORT, "inform-notice/2", Audience.CASE),
  LICENCE_DECISION_NOTICE("許可申請に対する決定通知書", Track.PRE_REPORT, "licence-decision/1", Audience.CASE),
  PRIOR_NOTICE("保全指定前の通知書", Track.PATENT, "prior-notice/2", Audience.CASE),
  DESIGNATION_NOTICE("保全指定通知書", Track.PATENT, "designation/1", Audience.CASE),
  DESIGNATION_EXTENSION_NOTICE(
      "保全指定期間延長通知書", Track.PATENT, "designation-extension/1", Audience.CASE),
  DESIGNATION_LIFTING_NOTICE("保全指定解除通知書", Track.PATENT, "designation-lifting/3", Audience.CASE),
  PRIOR_CONFIRMATION_ANSWER(
      "事前確認回答書", Track.PRIOR_CONFIRMATION, "prior-confirmation-answer/2", Audience.CASE);

  /**
   * The case a document is about: a pre-report (Track A), a patent application or a
   * prior-confirmation request (Track B).
   */
  public enum Track {
    PRE_REPORT,
    PATENT,
    PRIOR_CONFIRMATION
  }

  /** Who may read a document of the kind among those who may see its case. */
  public enum Audience {
    /** Everyone who may see the case (the company and the officials). */
    CASE,
    /** Only the officials acting on the case (internal notes). */
    OFFICIALS
  }

  private final String titleJa;
  private final Track track;
  private final String templateVersion;
  private final Audience audience;

  DocumentKind(String titleJa, Track track, String templateVersion, Audience audience) {
    this.titleJa = titleJa;
    this.track = track;
    this.templateVersion = templateVersion;
    this.audience = audience;
  }

  public String titleJa() {
    return titleJa;
  }

  public Track track() {
    return track;
  }

  public String templateVersion() {
    return templateVersion;
  }

  public Audience audience() {
    return audience;
  }

  /**
   * The office that numbers (発番) a notice of this kind; empty for the company's own filing and for
   * records that are not notices (meeting records, the dossier).
   */
  public java.util.Optional<IssuingOffice> numberedBy() {
    return switch (this) {
      case PRE_REPORT_FORM, MEETING_RECORD, MEETING_RECORD_INTERNAL, CASE_DOSSIER ->
          java.util.Optional.empty();
      case INFORM_NOTICE, LICENCE_DECISION_NOTICE -> java.util.Optional.of(IssuingOffice.METI);
      case SCREENING_SENT_NOTICE, SCREENING_NOT_SENT_NOTICE, PRIOR_CONFIRMATION_ANSWER ->
          java.util.Optional.of(IssuingOffice.JPO);
      case PRIOR_NOTICE,
              DESIGNATION_NOTICE,
              DESIGNATION_EXTENSION_NOTICE,
              DESIGNATION_LIFTING_NOTICE ->
          java.util.Optional.of(IssuingOffice.CABINET_OFFICE);
    };
  }
}
