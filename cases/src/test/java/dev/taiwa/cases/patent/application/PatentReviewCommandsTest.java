package dev.taiwa.cases.patent.application;

import static dev.taiwa.cases.patent.application.PatentWorld.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.DeadlineStatus;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import dev.taiwa.cases.patent.model.SharingBusiness;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Security review and designation on in-memory ports. The clock stands on Sunday 2026-11-22 (10:00
 * in Tokyo); applications were filed on 2025-06-02.
 */
class PatentReviewCommandsTest {
  private static final List<SharingBusiness> SHARERS =
      List.of(new SharingBusiness("桜重工業株式会社", "東京都千代田区1-1", "共同開発"));

  private final PatentWorld world = new PatentWorld();

  private static List<ErrorCode> codes(Result<?> result) {
    return result.errors().stream().map(Rejection::code).toList();
  }

  private TrackedDeadline deadline(CaseId id, String subject) {
    return world.ledger.ofCase(id).stream()
        .filter(d -> d.subject().equals(subject))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no deadline " + subject));
  }

  private CaseId underReview() {
    CaseId id = world.sentToReview();
    accepted(world.review.startReview(world.reviewer, id, null));
    return id;
  }

  private CaseId noticed() {
    CaseId id = underReview();
    accepted(world.review.issuePriorNotice(world.reviewer, id, null, "保全指定の前の通知"));
    return id;
  }

  private CaseId designated() {
    CaseId id = noticed();
    accepted(world.review.maintain(world.filer, id, null, SHARERS, "維持します"));
    accepted(world.review.designate(world.reviewer, id, null, LocalDate.of(2027, 11, 22), "指定理由"));
    return id;
  }

  @Nested
  class Deadlines {
    @Test
    void registeringOpensTheOfficialsFirstScreeningDeadlineThreeMonthsFromFiling() {
      CaseId id = world.registered();
      TrackedDeadline screening = deadline(id, PatentDeadlines.SCREENING);
      assertEquals(LocalDate.of(2025, 9, 2), screening.due());
      assertEquals(Obligor.OFFICIALS, screening.obligor());
      assertEquals(DeadlineRules.FIRST_SCREENING, screening.ruleName());
    }

    @Test
    void sendingToReviewMeetsTheScreeningAndOpensTheDecisionTargetTenMonthsFromFiling() {
      CaseId id = world.sentToReview();
      assertEquals(
          LocalDate.of(2025, 7, 2), deadline(id, PatentDeadlines.SCREENING).metOn().orElseThrow());
      assertEquals(LocalDate.of(2026, 4, 2), deadline(id, PatentDeadlines.REVIEW_DECISION).due());
    }

    @Test
    void anApplicantsRequestForReviewAlsoOpensTheDecisionTarget() {
      CaseId id = world.registered();
      accepted(world.commands.requestSecurityReview(world.filer, id, null, null));
      assertTrue(deadline(id, PatentDeadlines.SCREENING).metOn().isPresent());
      assertTrue(deadline(id, PatentDeadlines.REVIEW_DECISION).isOpen());
    }

    @Test
    void anOverdueScreeningShowsInTheExaminersQueue() {
      CaseId overdue = world.registered();
      CaseId decided = world.sentToReview();
      List<CaseId> queue =
          world.reviewQueries.screeningQueue(world.examiner, true).stream()
              .map(a -> a.id())
              .toList();
      assertTrue(queue.contains(overdue));
      assertFalse(queue.contains(decided));
      assertTrue(world.reviewQueries.screeningQueue(world.filer, false).isEmpty());
    }
  }

  @Nested
  class PriorNotice {
    @Test
    void thePriorNoticeOpensTheApplicantsFourteenDayReplyAndNotifiesEachApplicantsFilers() {
      CaseId id = noticed();
      TrackedDeadline reply = deadline(id, PatentDeadlines.PRIOR_NOTICE);
      assertEquals(Obligor.COMPANY, reply.obligor());
      // 14 days from Sunday 22 November end on Sunday 6 December: the next working day.
      assertEquals(LocalDate.of(2026, 12, 7), reply.due());
      assertEquals(
          2,
          world.outbox.published().stream()
              .filter(n -> n.kind() == NotificationKind.PATENT_PRIOR_NOTICE_ISSUED)
              .count());
    }

    @Test
    void noDesignationWithoutAMaintainedPriorNotice() {
      CaseId id = noticed();
      Result<?> refused =
          world.review.designate(world.reviewer, id, null, LocalDate.of(2027, 6, 1), "指定理由");
      assertEquals(List.of(ErrorCode.INVALID_STATE), codes(refused));
    }

    @Test
    void maintainingNeedsTheSharingBusinessesWithNameAddressAndRole() {
      CaseId id = noticed();
      assertEquals(
          List.of(ErrorCode.REQUIRED),
          codes(world.review.maintain(world.filer, id, null, List.of(), "")));
      Result<?> partial =
          world.review.maintain(
              world.filer, id, null, List.of(new SharingBusiness("名", "", "役")), "");
      assertEquals("businesses.0.address", partial.errors().get(0).field());

      accepted(world.review.maintain(world.filer, id, null, SHARERS, "維持"));
      assertTrue(deadline(id, PatentDeadlines.PRIOR_NOTICE).metOn().isPresent());
      ReviewRecord maintained = world.records.ofCase(id).get(1);
      assertEquals(ReviewRecordKind.MAINTAINED, maintained.kind());
      assertEquals(SHARERS, maintained.businesses());
    }

    @Test
    void theReviewerDismissesOnlyOnceTheReplyPeriodHasPassed() {
      CaseId id = noticed();
      assertEquals(
          List.of(ErrorCode.REPLY_PERIOD_NOT_ENDED),
          codes(world.review.dismiss(world.reviewer, id, null, "応答なし")));
      world.clock.advance(Duration.ofDays(15));
      assertEquals(
          List.of(ErrorCode.REPLY_PERIOD_NOT_ENDED),
          codes(world.review.dismiss(world.reviewer, id, null, "応答なし")));
      world.clock.advance(Duration.ofDays(1));
      assertEquals(
          PatentState.DISMISSED,
          accepted(world.review.dismiss(world.reviewer, id, null, "応答なし")).application().state());
      assertFalse(world.ledger.ofCase(id).stream().anyMatch(TrackedDeadline::isOpen));
    }

    @Test
    void theApplicantMayWithdrawInsteadOfMaintaining() {
      CaseId id = noticed();
      assertEquals(
          PatentState.WITHDRAWN,
          accepted(world.review.withdraw(world.filer, id, null, "取り下げ")).application().state());
    }
  }

  @Nested
  class Designation {
    @Test
    void aDesignationPeriodEndsAtMostOneYearAfterTheDesignation() {
      CaseId id = noticed();
      accepted(world.review.maintain(world.filer, id, null, SHARERS, ""));
      Result<?> tooLong =
          world.review.designate(world.reviewer, id, null, LocalDate.of(2027, 11, 23), "理由");
      assertEquals("periodEnd", tooLong.errors().get(0).field());
      accepted(world.review.designate(world.reviewer, id, null, LocalDate.of(2027, 11, 22), "理由"));
      assertEquals(LocalDate.of(2027, 11, 22), deadline(id, "designation:1").due());
      assertEquals(Obligor.OFFICIALS, deadline(id, "designation:1").obligor());
      assertTrue(deadline(id, PatentDeadlines.REVIEW_DECISION).metOn().isPresent());
    }

    @Test
    void anExtensionRunsAtMostOneYearFromTheCurrentPeriodEnd() {
      CaseId id = designated();
      assertEquals(
          List.of(ErrorCode.INVALID_VALUE),
          codes(world.review.extend(world.reviewer, id, null, LocalDate.of(2028, 11, 23), "延長")));
      accepted(world.review.extend(world.reviewer, id, null, LocalDate.of(2028, 11, 22), "延長"));
      assertTrue(deadline(id, "designation:1").metOn().isPresent());
      assertEquals(LocalDate.of(2028, 11, 22), deadline(id, "designation:2").due());
      assertEquals(
          LocalDate.of(2028, 11, 22),
          world
              .reviewQueries
              .designation(world.store.find(id).orElseThrow())
              .orElseThrow()
              .periodEnd());
    }

    @Test
    void withdrawalWhileDesignatedIsRefusedWithItsOwnCodeAndAudited() {
      CaseId id = designated();
      Result<?> refused = world.review.withdraw(world.filer, id, null, "やめたい");
      assertEquals(List.of(ErrorCode.WITHDRAWAL_PROHIBITED_WHILE_DESIGNATED), codes(refused));
      assertEquals(AuditOutcome.REJECTED, world.auditLog.last().entry().outcome());
    }

    @Test
    void
        liftingOpensTheExaminationRequestDeadlineTheLaterOfFilingPlusThreeYearsAndNoticePlusThreeMonths() {
      CaseId id = designated();
      accepted(world.review.lift(world.reviewer, id, null, "必要性消滅", LocalDate.of(2026, 11, 22)));
      TrackedDeadline exam = deadline(id, PatentDeadlines.EXAMINATION_REQUEST);
      // filing 2025-06-02 + 3 years = Friday 2028-06-02, later than notice + 3 months.
      assertEquals(LocalDate.of(2028, 6, 2), exam.due());
      assertEquals(Obligor.COMPANY, exam.obligor());
      assertTrue(deadline(id, "designation:1").cancelledOn().isPresent());
    }

    @Test
    void theExpirySweepEndsADesignationWhosePeriodHasRunOut() {
      CaseId id = designated();
      DesignationExpiry sweep =
          new DesignationExpiry(world.store, world.records, world.review, world.clock);
      assertEquals(0, sweep.run());
      world.clock.advance(Duration.ofDays(366));
      assertEquals(1, sweep.run());
      assertEquals(PatentState.EXPIRED, world.store.find(id).orElseThrow().state());
      assertEquals(
          DeadlineStatus.MET,
          world.ledger.compute(deadline(id, "designation:1")).status(world.ledger.today()));
    }
  }

  @Nested
  class Records {
    @Test
    void aMaterialsRequestOpensTheApplicantsReplyDeadlineWhichItsReplyMeets() {
      CaseId id = underReview();
      ReviewRecord request =
          accepted(
              world.review.file(
                  world.reviewer,
                  id,
                  null,
                  ReviewRecordKind.MATERIALS_REQUEST,
                  null,
                  "図面を提出してください",
                  10,
                  List.of()));
      assertEquals(LocalDate.of(2026, 12, 2), request.date().orElseThrow());
      accepted(
          world.review.file(
              world.filer,
              id,
              null,
              ReviewRecordKind.MATERIALS_REPLY,
              request.id(),
              "提出します",
              null,
              List.of()));
      assertTrue(deadline(id, "materials:" + request.id()).metOn().isPresent());
    }

    @Test
    void consultationsAreNeverShownToTheApplicant() {
      CaseId id = underReview();
      accepted(
          world.review.file(
              world.reviewer, id, null, ReviewRecordKind.CONSULTATION, null, "防衛省に照会", null, null));
      var application = world.store.find(id).orElseThrow();
      assertEquals(1, world.reviewQueries.records(world.reviewer, application).size());
      assertTrue(world.reviewQueries.records(world.filer, application).isEmpty());
      assertTrue(world.reviewQueries.records(world.strangerFiler, application).isEmpty());
    }

    @Test
    void aWorkingPermissionIsGrantedWithConditionsOnceAndOnlyWhileDesignated() {
      CaseId early = underReview();
      assertEquals(
          List.of(ErrorCode.INVALID_STATE),
          codes(
              world.review.file(
                  world.filer,
                  early,
                  null,
                  ReviewRecordKind.WORKING_PERMISSION_REQUEST,
                  null,
                  "試作",
                  null,
                  null)));
      CaseId id = designated();
      ReviewRecord request =
          accepted(
              world.review.file(
                  world.filer,
                  id,
                  null,
                  ReviewRecordKind.WORKING_PERMISSION_REQUEST,
                  null,
                  "試作",
                  null,
                  null));
      assertEquals(
          List.of(ErrorCode.FORBIDDEN),
          codes(
              world.review.file(
                  world.filer,
                  id,
                  null,
                  ReviewRecordKind.WORKING_PERMISSION_GRANTED,
                  request.id(),
                  "条件",
                  null,
                  null)));
      accepted(
          world.review.file(
              world.reviewer,
              id,
              null,
              ReviewRecordKind.WORKING_PERMISSION_GRANTED,
              request.id(),
              "国内工場に限る",
              null,
              null));
      assertEquals(
          List.of(ErrorCode.INVALID_STATE),
          codes(
              world.review.file(
                  world.reviewer,
                  id,
                  null,
                  ReviewRecordKind.WORKING_PERMISSION_REFUSED,
                  request.id(),
                  "再度",
                  null,
                  null)));
    }

    @Test
    void anotherCompanyCannotFileOnTheApplicationAndLearnsNothing() {
      CaseId id = designated();
      assertEquals(
          List.of(ErrorCode.NOT_FOUND),
          codes(
              world.review.file(
                  world.strangerFiler,
                  id,
                  null,
                  ReviewRecordKind.INCIDENT_REPORT,
                  null,
                  "漏えい",
                  null,
                  null)));
      UUID unknown = UUID.randomUUID();
      assertEquals(
          List.of(ErrorCode.INVALID_VALUE),
          codes(
              world.review.file(
                  world.reviewer,
                  id,
                  null,
                  ReviewRecordKind.SHARING_APPROVED,
                  unknown,
                  "承認",
                  null,
                  null)));
    }
  }
}
