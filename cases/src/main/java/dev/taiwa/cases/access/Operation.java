package dev.taiwa.cases.access;

/**
 * Every operation of the API: each GraphQL query field and mutation, by its schema name. A field
 * without an operation here fails the build (the matrix test), so nothing new escapes the matrix.
 */
public enum Operation {
  ME("me", Kind.QUERY),
  TECHNOLOGIES("technologies", Kind.QUERY),
  TECHNOLOGY_REVISIONS("technologyRevisions", Kind.QUERY),
  CHECK_APPLICABILITY("checkApplicability", Kind.QUERY),
  PRE_REPORT("preReport", Kind.QUERY),
  PRE_REPORTS("preReports", Kind.QUERY),
  AUDIT_TRAIL("auditTrail", Kind.QUERY),
  AUDIT_EVENTS("auditEvents", Kind.QUERY),
  VERIFY_AUDIT_CHAIN("verifyAuditChain", Kind.QUERY),
  ACCESS_GRANTS("accessGrants", Kind.QUERY),
  MY_ACCESS_GRANTS("myAccessGrants", Kind.QUERY),
  BREAK_GLASS_REVIEW_QUEUE("breakGlassReviewQueue", Kind.QUERY),
  USERS("users", Kind.QUERY),
  ORGANISATIONS("organisations", Kind.QUERY),
  SPECIFIED_FIELDS("specifiedFields", Kind.QUERY),
  PATENT_APPLICATION("patentApplication", Kind.QUERY),
  PATENT_APPLICATIONS("patentApplications", Kind.QUERY),
  SCREENING_WORKBENCH("screeningWorkbench", Kind.QUERY),
  CREATE_PRE_REPORT_DRAFT("createPreReportDraft", Kind.MUTATION),
  UPDATE_PRE_REPORT_DRAFT("updatePreReportDraft", Kind.MUTATION),
  SUBMIT_PRE_REPORT("submitPreReport", Kind.MUTATION),
  START_PRE_REPORT_REVIEW("startPreReportReview", Kind.MUTATION),
  WITHDRAW_PRE_REPORT("withdrawPreReport", Kind.MUTATION),
  GRANT_ACCESS("grantAccess", Kind.MUTATION),
  REVOKE_ACCESS("revokeAccess", Kind.MUTATION),
  OPEN_BREAK_GLASS("openBreakGlass", Kind.MUTATION),
  REVIEW_BREAK_GLASS("reviewBreakGlass", Kind.MUTATION),
  CREATE_USER("createUser", Kind.MUTATION),
  DISABLE_USER("disableUser", Kind.MUTATION),
  ENABLE_USER("enableUser", Kind.MUTATION),
  RESET_PASSWORD("resetPassword", Kind.MUTATION),
  ASSIGN_ROLES("assignRoles", Kind.MUTATION),
  CREATE_ORGANISATION("createOrganisation", Kind.MUTATION),
  SCHEDULE_MEETING("scheduleMeeting", Kind.MUTATION),
  RESCHEDULE_MEETING("rescheduleMeeting", Kind.MUTATION),
  CANCEL_MEETING("cancelMeeting", Kind.MUTATION),
  RECORD_MEETING_HELD("recordMeetingHeld", Kind.MUTATION),
  RAISE_CONCERN("raiseConcern", Kind.MUTATION),
  ANSWER_CONCERN("answerConcern", Kind.MUTATION),
  RESOLVE_CONCERN("resolveConcern", Kind.MUTATION),
  MARK_CONCERN_UNRESOLVED("markConcernUnresolved", Kind.MUTATION),
  ASSIGN_CASE_OFFICER("assignCaseOfficer", Kind.MUTATION),
  REGISTER_PATENT_APPLICATION("registerPatentApplication", Kind.MUTATION),
  DECIDE_SCREENING("decideScreening", Kind.MUTATION),
  REQUEST_SECURITY_REVIEW("requestSecurityReview", Kind.MUTATION),
  GENERATE_DOCUMENT("generateDocument", Kind.MUTATION),
  VERIFY_DOCUMENT("verifyDocument", Kind.MUTATION);

  /** Whether the operation reads or changes. */
  public enum Kind {
    QUERY,
    MUTATION
  }

  private final String field;
  private final Kind kind;

  Operation(String field, Kind kind) {
    this.field = field;
    this.kind = kind;
  }

  /** The GraphQL field name of the operation. */
  public String field() {
    return field;
  }

  public Kind kind() {
    return kind;
  }
}
