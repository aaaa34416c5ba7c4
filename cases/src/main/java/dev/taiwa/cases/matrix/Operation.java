package dev.taiwa.cases.matrix;

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
  SCREENING_QUEUE("screeningQueue", Kind.QUERY),
  START_SECURITY_REVIEW("startSecurityReview", Kind.MUTATION),
  ISSUE_PRIOR_NOTICE("issuePriorNotice", Kind.MUTATION),
  MAINTAIN_PATENT_APPLICATION("maintainPatentApplication", Kind.MUTATION),
  WITHDRAW_PATENT_APPLICATION("withdrawPatentApplication", Kind.MUTATION),
  DISMISS_PATENT_APPLICATION("dismissPatentApplication", Kind.MUTATION),
  DESIGNATE_PATENT_APPLICATION("designatePatentApplication", Kind.MUTATION),
  DECIDE_NOT_DESIGNATED("decideNotDesignated", Kind.MUTATION),
  EXTEND_DESIGNATION("extendDesignation", Kind.MUTATION),
  LIFT_DESIGNATION("liftDesignation", Kind.MUTATION),
  REQUEST_REVIEW_MATERIALS("requestReviewMaterials", Kind.MUTATION),
  ANSWER_REVIEW_MATERIALS("answerReviewMaterials", Kind.MUTATION),
  RECORD_CONSULTATION("recordConsultation", Kind.MUTATION),
  FILE_DESIGNATION_OBLIGATION("fileDesignationObligation", Kind.MUTATION),
  DECIDE_DESIGNATION_OBLIGATION("decideDesignationObligation", Kind.MUTATION),
  ASK_QUERY("askQuery", Kind.MUTATION),
  ANSWER_QUERY("answerQuery", Kind.MUTATION),
  WITHDRAW_QUERY("withdrawQuery", Kind.MUTATION),
  CLOSE_NO_CONCERN("closeNoConcern", Kind.MUTATION),
  CLOSE_WITH_MEASURES_AGREED("closeWithMeasuresAgreed", Kind.MUTATION),
  MARK_NOT_REPORTABLE("markNotReportable", Kind.MUTATION),
  ISSUE_INFORM("issueInform", Kind.MUTATION),
  APPLY_FOR_LICENCE("applyForLicence", Kind.MUTATION),
  DECIDE_LICENCE("decideLicence", Kind.MUTATION),
  DEADLINES("deadlines", Kind.QUERY),
  NOTIFICATIONS("notifications", Kind.QUERY),
  UNREAD_NOTIFICATION_COUNT("unreadNotificationCount", Kind.QUERY),
  MARK_NOTIFICATION_READ("markNotificationRead", Kind.MUTATION),
  MARK_ALL_NOTIFICATIONS_READ("markAllNotificationsRead", Kind.MUTATION),
  PRIOR_CONFIRMATION("priorConfirmation", Kind.QUERY),
  PRIOR_CONFIRMATIONS("priorConfirmations", Kind.QUERY),
  REQUEST_PRIOR_CONFIRMATION("requestPriorConfirmation", Kind.MUTATION),
  SEND_PRIOR_CONFIRMATION_FOR_CONSULTATION("sendPriorConfirmationForConsultation", Kind.MUTATION),
  RECORD_PRIOR_CONFIRMATION_CONSULTATION("recordPriorConfirmationConsultation", Kind.MUTATION),
  ANSWER_PRIOR_CONFIRMATION("answerPriorConfirmation", Kind.MUTATION),
  CLAIM_COMPENSATION("claimCompensation", Kind.MUTATION),
  ADD_COMPENSATION_ASSESSMENT_NOTE("addCompensationAssessmentNote", Kind.MUTATION),
  DECIDE_COMPENSATION("decideCompensation", Kind.MUTATION),
  LINK_PRE_REPORT("linkPreReport", Kind.MUTATION),
  UNLINK_PRE_REPORT("unlinkPreReport", Kind.MUTATION),
  DIALOGUE_QUEUE("dialogueQueue", Kind.QUERY),
  ALLOCATE_TO_ME("allocateToMe", Kind.MUTATION),
  REQUEST_NON_SENDING_NOTICE("requestNonSendingNotice", Kind.MUTATION),
  ISSUE_NON_SENDING_NOTICE("issueNonSendingNotice", Kind.MUTATION),
  GENERATE_DOCUMENT("generateDocument", Kind.MUTATION),
  VERIFY_DOCUMENT("verifyDocument", Kind.MUTATION),
  DOCUMENTS_BY_NUMBER("documentsByNumber", Kind.QUERY),
  RECORD_SPECIFIED_FIELD_REVISION("recordSpecifiedFieldRevision", Kind.MUTATION),
  SPECIFIED_FIELD_REVISIONS("specifiedFieldRevisions", Kind.QUERY),
  COLLEAGUES("colleagues", Kind.QUERY),
  SCREENING_LIST_VERSIONS("screeningListVersions", Kind.QUERY),
  SCREEN_COUNTERPARTY("screenCounterparty", Kind.QUERY),
  IMPORT_SCREENING_LIST("importScreeningList", Kind.MUTATION),
  SCREEN_PRE_REPORT("screenPreReport", Kind.MUTATION),
  DISPOSE_SCREENING_HIT("disposeScreeningHit", Kind.MUTATION),
  STATISTICS("statistics", Kind.QUERY),
  SAVED_VIEWS("savedViews", Kind.QUERY),
  SAVE_VIEW("saveView", Kind.MUTATION),
  DELETE_VIEW("deleteView", Kind.MUTATION);

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
