package dev.taiwa.cases.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditActionTest {

  /**
   * Every code the audit log stores, written out by hand: stored events and their hash chain carry
   * these strings, so renaming a constant or changing a code fails here first.
   */
  private static final Set<String> STORED_CODES =
      Set.of(
          "PRE_REPORT_DRAFT_CREATED",
          "PRE_REPORT_DRAFT_UPDATED",
          "PRE_REPORT_SUBMITTED",
          "PRE_REPORT_REVIEW_STARTED",
          "PRE_REPORT_DIALOGUE_STARTED",
          "PRE_REPORT_WITHDRAWN",
          "PRE_REPORT_MARK_NOT_REPORTABLE",
          "PRE_REPORT_CLOSE_NO_CONCERN",
          "PRE_REPORT_CLOSE_MEASURES_AGREED",
          "PRE_REPORT_ISSUE_INFORM",
          "PRE_REPORT_APPLY_FOR_LICENCE",
          "PRE_REPORT_GRANT_LICENCE",
          "PRE_REPORT_GRANT_LICENCE_WITH_CONDITIONS",
          "PRE_REPORT_REFUSE_LICENCE",
          "DIALOGUE_SCHEDULE_MEETING",
          "DIALOGUE_RESCHEDULE_MEETING",
          "DIALOGUE_CANCEL_MEETING",
          "DIALOGUE_RECORD_MEETING_HELD",
          "DIALOGUE_RAISE_CONCERN",
          "DIALOGUE_ANSWER_CONCERN",
          "DIALOGUE_RESOLVE_CONCERN",
          "DIALOGUE_MARK_CONCERN_UNRESOLVED",
          "DIALOGUE_ASSIGN_CASE_OFFICER",
          "DIALOGUE_ASK_QUERY",
          "DIALOGUE_ANSWER_QUERY",
          "DIALOGUE_WITHDRAW_QUERY",
          "PATENT_APPLICATION_REGISTERED",
          "PATENT_SCREENING_DECIDED",
          "PATENT_SECURITY_REVIEW_REQUESTED",
          "PATENT_NON_SENDING_NOTICE_REQUESTED",
          "PATENT_NON_SENDING_NOTICE_ISSUED",
          "PATENT_SECURITY_REVIEW_STARTED",
          "PATENT_MATERIALS_REQUESTED",
          "PATENT_MATERIALS_ANSWERED",
          "PATENT_CONSULTATION_RECORDED",
          "PATENT_PRIOR_NOTICE_ISSUED",
          "PATENT_APPLICATION_MAINTAINED",
          "PATENT_APPLICATION_DISMISSED",
          "PATENT_APPLICATION_WITHDRAWN",
          "PATENT_DESIGNATED",
          "PATENT_NOT_DESIGNATED",
          "PATENT_DESIGNATION_EXTENDED",
          "PATENT_DESIGNATION_LIFTED",
          "PATENT_DESIGNATION_EXPIRED",
          "PATENT_OBLIGATION_FILED",
          "PATENT_OBLIGATION_DECIDED",
          "PATENT_PRE_REPORT_LINKED",
          "PATENT_PRE_REPORT_UNLINKED",
          "COMPENSATION_CLAIMED",
          "COMPENSATION_ASSESSMENT_NOTED",
          "COMPENSATION_DECIDED",
          "PRIOR_CONFIRMATION_REQUESTED",
          "PRIOR_CONFIRMATION_SENT_FOR_CONSULTATION",
          "PRIOR_CONFIRMATION_CONSULTATION_RECORDED",
          "PRIOR_CONFIRMATION_ANSWERED",
          "SECRET_CONTENT_READ",
          "ACCESS_GRANTED",
          "ACCESS_REVOKED",
          "BREAK_GLASS_OPENED",
          "BREAK_GLASS_REVIEWED",
          "DOCUMENT_GENERATED",
          "DOCUMENT_DOWNLOADED",
          "DOCUMENT_VERIFIED",
          "DEADLINES_SWEPT",
          "DEADLINE_DUE_MOVED",
          "DEADLINE_REMINDER_SENT",
          "NOTIFICATION_READ",
          "ALL_NOTIFICATIONS_READ",
          "MARK_NOTIFICATION_READ",
          "MARK_ALL_NOTIFICATIONS_READ",
          "TECHNOLOGY_REVISION_ADDED",
          "SPECIFIED_FIELD_REVISION_RECORDED",
          "SCREENING_LIST_IMPORTED",
          "COUNTERPARTY_SCREENED",
          "SCREENING_HIT_DISPOSED",
          "LIST_RESCREENED",
          "LOGIN_SUCCEEDED",
          "LOGIN_FAILED",
          "REFRESH_TOKEN_REUSED",
          "USER_CREATED",
          "USER_DISABLED",
          "USER_ENABLED",
          "USER_PASSWORD_RESET",
          "USER_ROLES_CHANGED",
          "ORGANISATION_CREATED",
          "AUDIT_TRAIL_READ",
          "AUDIT_LOG_SEARCHED",
          "AUDIT_CHAIN_VERIFIED",
          "IMPORT_BATCH",
          "DEMO_DATA_CREATED",
          "DEMO_CASE_SEEDED");

  @ParameterizedTest
  @EnumSource(AuditAction.class)
  void everyActionHasAJapaneseAndAnEnglishLabel(AuditAction action) {
    assertFalse(action.label().ja().isBlank(), action + " has no Japanese label");
    assertFalse(action.label().en().isBlank(), action + " has no English label");
    assertNotEquals(action.code(), action.label().ja(), action + " is labelled by its code");
    assertNotEquals(action.code(), action.label().en(), action + " is labelled by its code");
  }

  @Test
  void everyCodeIsUnique() {
    Set<String> codes = new TreeSet<>();
    for (AuditAction action : AuditAction.values()) {
      assertTrue(codes.add(action.code()), "code used twice: " + action.code());
    }
  }

  @Test
  void theCodesAreExactlyThoseTheLogStores() {
    assertEquals(
        new TreeSet<>(STORED_CODES),
        Arrays.stream(AuditAction.values())
            .map(AuditAction::code)
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  @ParameterizedTest
  @EnumSource(AuditAction.class)
  void aStoredCodeReadsBackAsItsAction(AuditAction action) {
    assertEquals(Optional.of(action), AuditAction.ofCode(action.code()));
  }

  @Test
  void anUnknownOrMissingCodeReadsAsNoActionWithoutAnError() {
    assertEquals(Optional.empty(), AuditAction.ofCode("SOMETHING_NEW"));
    assertEquals(Optional.empty(), AuditAction.ofCode("pre_report_submitted"));
    assertEquals(Optional.empty(), AuditAction.ofCode(""));
    assertEquals(Optional.empty(), AuditAction.ofCode(null));
  }
}
