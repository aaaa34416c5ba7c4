package dev.taiwa.cases.patent.application;

import static dev.taiwa.cases.patent.application.PatentWorld.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.patent.model.PatentApplicationForm;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNotice;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NonSendingNoticeCommandsTest {
  private final PatentWorld world = new PatentWorld();

  private static List<ErrorCode> codes(Result<?> result) {
    return result.errors().stream().map(Rejection::code).toList();
  }

  private CaseId requested() {
    CaseId id = world.registered();
    accepted(world.nonSending.request(world.filer, id));
    return id;
  }

  @Test
  void anApplicantsFilerAsksWhileTheApplicationIsUnderScreeningAndItIsAudited() {
    CaseId id = world.registered();

    NonSendingNotice notice = accepted(world.nonSending.request(world.coFiler, id));

    assertEquals(world.coFiler.userId(), notice.requestedBy());
    assertFalse(notice.issued());
    assertEquals(
        AuditAction.PATENT_NON_SENDING_NOTICE_REQUESTED.code(),
        world.auditLog.last().entry().action());
  }

  @Test
  void anotherCompanyGetsNotFoundAndTheExaminerMayNotAskAndBothAreAudited() {
    CaseId id = world.registered();

    assertEquals(
        List.of(ErrorCode.NOT_FOUND), codes(world.nonSending.request(world.strangerFiler, id)));
    assertEquals(List.of(ErrorCode.FORBIDDEN), codes(world.nonSending.request(world.examiner, id)));
    assertEquals(AuditOutcome.REJECTED, world.auditLog.last().entry().outcome());
  }

  @Test
  void aSecondRequestIsADuplicate() {
    CaseId id = requested();

    assertEquals(List.of(ErrorCode.DUPLICATE), codes(world.nonSending.request(world.filer, id)));
  }

  @Test
  void noRequestOnceTheApplicationIsSentToReview() {
    CaseId id = world.sentToReview();

    assertEquals(
        List.of(ErrorCode.INVALID_STATE), codes(world.nonSending.request(world.filer, id)));
  }

  @Test
  void theNotSentDecisionIssuesTheRequestedNoticeOnTheDecisionDay() {
    CaseId id = requested();

    accepted(
        world.commands.decideScreening(
            world.examiner, id, null, ScreeningOutcome.NOT_SENT, List.of(), "該当しない"));

    NonSendingNotice notice = world.nonSending.of(id).orElseThrow();
    assertEquals(LocalDate.of(2026, 11, 22), notice.issuedOn());
    assertEquals(world.examiner.userId(), notice.issuedBy());
    assertEquals(
        1,
        world.auditLog.events().stream()
            .filter(
                e -> e.entry().action().equals(AuditAction.PATENT_NON_SENDING_NOTICE_ISSUED.code()))
            .filter(e -> e.entry().outcome() == AuditOutcome.ACCEPTED)
            .count());
  }

  @Test
  void sendingToReviewLeavesTheRequestUnanswered() {
    CaseId id = requested();

    accepted(
        world.withinScreening(
            () ->
                world.commands.decideScreening(
                    world.examiner, id, null, ScreeningOutcome.SEND_TO_REVIEW, List.of(3), "該当")));

    assertNull(world.nonSending.of(id).orElseThrow().issuedOn());
  }

  @Test
  void theExaminerIssuesItOnceTheScreeningMonthsHavePassedWithoutSending() {
    CaseId id = requested(); // filed 2025-06-02, screening due 2025-09-02, today 2026-11-22

    NonSendingNotice notice = accepted(world.nonSending.issue(world.examiner, id));

    assertEquals(LocalDate.of(2026, 11, 22), notice.issuedOn());
    assertEquals(
        List.of(ErrorCode.INVALID_STATE), codes(world.nonSending.issue(world.examiner, id)));
  }

  @Test
  void beforeTheScreeningMonthsPassTheNoticeWaits() {
    PatentApplicationForm recent = world.form();
    recent =
        new PatentApplicationForm(
            "2026" + recent.applicationNumber().substring(4),
            LocalDate.of(2026, 10, 1),
            recent.applicants(),
            recent.inventionCompletedInJapan(),
            recent.title(),
            recent.abstractText(),
            recent.claims(),
            recent.ipcCodes(),
            recent.route(),
            recent.additionalFacts());
    CaseId id = accepted(world.commands.register(world.examiner, recent)).application().id();
    accepted(world.nonSending.request(world.filer, id));

    assertEquals(
        List.of(ErrorCode.SCREENING_PERIOD_NOT_ENDED),
        codes(world.nonSending.issue(world.examiner, id)));
  }

  @Test
  void withoutARequestThereIsNothingToIssueAndAFilerMayNotIssue() {
    CaseId id = world.registered();

    assertEquals(
        List.of(ErrorCode.INVALID_STATE), codes(world.nonSending.issue(world.examiner, id)));
    accepted(world.nonSending.request(world.filer, id));
    assertEquals(List.of(ErrorCode.FORBIDDEN), codes(world.nonSending.issue(world.filer, id)));
  }

  @Test
  void anExaminerWhoReadTheApplicationBeforeTheRequestIsToldItChangedAndNothingIsIssued() {
    CaseId id = world.registered();
    long read = world.store.find(id).orElseThrow().version();
    accepted(world.nonSending.request(world.filer, id, read));

    assertEquals(
        List.of(ErrorCode.CONFLICT), codes(world.nonSending.issue(world.examiner, id, read)));
    assertNull(world.nonSending.of(id).orElseThrow().issuedOn());
    long now = world.store.find(id).orElseThrow().version();
    assertEquals(read + 1, now, "the request changed the application");
    assertEquals(
        LocalDate.of(2026, 11, 22),
        accepted(world.nonSending.issue(world.examiner, id, now)).issuedOn());
  }
}
