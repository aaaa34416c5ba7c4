package dev.taiwa.cases.document.model;

/**
 * The kinds of document Taiwa issues, each with its Japanese title, the case track it belongs to,
 * its template version (bumped whenever the layout or wording changes, so a stored snapshot names
 * the template that printed it) and its audience. Adding a kind: a constant here, a row in {@link
 * DocumentPolicy}, a template in {@code document.template} and its test.
 */
public enum DocumentKind {
  PRE_REPORT_FORM("技術移転事前報告書", Track.PRE_REPORT, "pre-report-form/1", Audience.CASE),
  MEETING_RECORD("対話記録", Track.PRE_REPORT, "meeting-record/1", Audience.CASE),
  MEETING_RECORD_INTERNAL(
      "対話記録（内部用）", Track.PRE_REPORT, "meeting-record-internal/1", Audience.OFFICIALS),
  CASE_DOSSIER("案件記録", Track.PRE_REPORT, "case-dossier/1", Audience.OFFICIALS),
  SCREENING_SENT_NOTICE("保全審査送付通知", Track.PATENT, "screening-sent/1", Audience.CASE),
  SCREENING_NOT_SENT_NOTICE("保全審査不送付通知", Track.PATENT, "screening-not-sent/1", Audience.CASE);

  /** The case a document is about: a pre-report (Track A) or a patent application (Track B). */
  public enum Track {
    PRE_REPORT,
    PATENT
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
}
