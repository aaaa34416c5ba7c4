package dev.taiwa.cases.dialogue.application;

import static dev.taiwa.cases.dialogue.application.DialogueWorld.accepted;
import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.dialogue.model.Attachment;
import dev.taiwa.cases.dialogue.model.CompanyQuery;
import dev.taiwa.cases.dialogue.model.QueryState;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.notification.NotificationDraft;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.notification.Recipient;
import dev.taiwa.cases.prereport.application.StageTargets;
import dev.taiwa.cases.prereport.model.PreReport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompanyQueryCommandsTest {
  private static final Attachment CONTRACT =
      new Attachment("契約書案.pdf", "application/pdf", 123_456, "a".repeat(64));

  private final DialogueWorld world = new DialogueWorld();
  private final OrganisationId company = OrganisationId.random();
  private final Actor filer = anActor().named("filer").filerOf(company);
  private final Actor stranger = anActor().named("stranger").filerOf(OrganisationId.random());
  private final Actor officer = anActor().named("officer").dialogueOfficer();

  private static List<ErrorCode> codes(Result<?> result) {
    return result.errors().stream().map(Rejection::code).toList();
  }

  private TrackedDeadline deadline(PreReport report, String subject) {
    return world.ledger.ofCase(report.id()).stream()
        .filter(d -> d.subject().equals(subject))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void askingOpensTheCompanysReplyDeadlineStopsTheOfficialsClocksAndTellsTheFilers() {
    PreReport report = world.underReview(filer, officer);

    CompanyQuery query =
        accepted(world.queryCommands.ask(officer, report.id(), "出荷先一覧を提出してください", 10));

    TrackedDeadline reply = deadline(report, query.subject());
    assertEquals(Obligor.COMPANY, reply.obligor());
    assertEquals(reply.due(), query.replyDue());
    assertEquals(10, query.replyDays());
    TrackedDeadline review = deadline(report, StageTargets.REVIEW);
    assertTrue(review.stops().stream().anyMatch(s -> s.key().equals(query.subject())));
    NotificationDraft told = world.outbox.published().get(0);
    assertEquals(NotificationKind.QUERY_ASKED, told.kind());
    assertEquals(new Recipient.RoleInOrganisation(company, Role.FILER), told.recipient());
    assertEquals(Optional.of(query.replyDue()), told.due());
    assertEquals("DIALOGUE_ASK_QUERY", world.auditLog.last().entry().action());
  }

  @Test
  void withoutAReplyWindowTheConfiguredDefaultApplies() {
    PreReport report = world.underReview(filer, officer);

    CompanyQuery query = accepted(world.queryCommands.ask(officer, report.id(), "質問", null));

    assertEquals(14, query.replyDays());
  }

  @Test
  void answeringMeetsTheReplyRestartsTheClocksAndMovesTheStageTargetByThePausedDays() {
    PreReport report = world.underReview(filer, officer);
    LocalDate reviewDueBefore = world.ledger.compute(deadline(report, StageTargets.REVIEW)).due();
    CompanyQuery query = accepted(world.queryCommands.ask(officer, report.id(), "質問", 10));
    world.clock.advance(Duration.ofDays(7));

    CompanyQuery answered =
        accepted(world.queryCommands.answer(filer, query.id(), null, "提出します", List.of(CONTRACT)));

    assertEquals(QueryState.ANSWERED, answered.state());
    assertEquals(List.of(CONTRACT), answered.answer().orElseThrow().attachments());
    assertTrue(deadline(report, query.subject()).metOn().isPresent());
    LocalDate reviewDueAfter = world.ledger.compute(deadline(report, StageTargets.REVIEW)).due();
    assertTrue(reviewDueAfter.isAfter(reviewDueBefore), reviewDueBefore + " -> " + reviewDueAfter);
    assertTrue(
        deadline(report, StageTargets.REVIEW).stops().stream().noneMatch(s -> s.isRunning()));
    NotificationDraft told = world.outbox.published().get(1);
    assertEquals(NotificationKind.QUERY_ANSWERED, told.kind());
    assertEquals(new Recipient.EveryoneWithRole(Role.DIALOGUE_OFFICER), told.recipient());
  }

  @Test
  void theAnswerGoesToTheCaseOfficerWhenOneIsAssigned() {
    PreReport report = world.underReview(filer, officer);
    world.caseOfficers.assign(report.id(), officer.userId(), world.clock.instant());
    CompanyQuery query = accepted(world.queryCommands.ask(officer, report.id(), "質問", 10));

    accepted(world.queryCommands.answer(filer, query.id(), null, "回答", List.of()));

    assertEquals(new Recipient.User(officer.userId()), world.outbox.published().get(1).recipient());
  }

  @Test
  void anOfficerWithdrawsAnOpenQueryAndTheReplyIsNoLongerOwed() {
    PreReport report = world.underReview(filer, officer);
    CompanyQuery query = accepted(world.queryCommands.ask(officer, report.id(), "質問", 10));

    CompanyQuery withdrawn =
        accepted(world.queryCommands.withdraw(officer, query.id(), null, "不要"));

    assertEquals(QueryState.WITHDRAWN, withdrawn.state());
    assertTrue(deadline(report, query.subject()).cancelledOn().isPresent());
    assertTrue(
        deadline(report, StageTargets.REVIEW).stops().stream().noneMatch(s -> s.isRunning()));
  }

  @Test
  void anAnsweredQueryCannotBeAnsweredAgainNorWithdrawn() {
    PreReport report = world.underReview(filer, officer);
    CompanyQuery query = accepted(world.queryCommands.ask(officer, report.id(), "質問", 10));
    accepted(world.queryCommands.answer(filer, query.id(), null, "回答", List.of()));

    assertEquals(
        List.of(ErrorCode.INVALID_STATE),
        codes(world.queryCommands.answer(filer, query.id(), null, "再回答", List.of())));
    assertEquals(
        List.of(ErrorCode.INVALID_STATE),
        codes(world.queryCommands.withdraw(officer, query.id(), null, "取下げ")));
  }

  @Test
  void onlyAnOfficerAsksAndOnlyTheCompanyAnswersAndAStrangerSeesNothing() {
    PreReport report = world.underReview(filer, officer);
    CompanyQuery query = accepted(world.queryCommands.ask(officer, report.id(), "質問", 10));
    int audited = world.auditLog.size();

    assertEquals(
        List.of(ErrorCode.FORBIDDEN), codes(world.queryCommands.ask(filer, report.id(), "質問", 10)));
    assertEquals(
        List.of(ErrorCode.FORBIDDEN),
        codes(world.queryCommands.answer(officer, query.id(), null, "回答", List.of())));
    assertEquals(
        List.of(ErrorCode.NOT_FOUND),
        codes(world.queryCommands.answer(stranger, query.id(), null, "回答", List.of())));
    assertEquals(QueryState.OPEN, world.companyQueries.find(query.id()).orElseThrow().state());
    assertEquals(audited + 3, world.auditLog.size());
    assertEquals(AuditOutcome.REJECTED, world.auditLog.last().entry().outcome());
  }

  @Test
  void aQueryIsAskedOnlyWhileTheDialogueRuns() {
    PreReport report = world.submittedBy(filer);

    assertEquals(
        List.of(ErrorCode.INVALID_STATE),
        codes(world.queryCommands.ask(officer, report.id(), "質問", 10)));
  }

  @Test
  void aBadAttachmentIsRefusedOnItsField() {
    PreReport report = world.underReview(filer, officer);
    CompanyQuery query = accepted(world.queryCommands.ask(officer, report.id(), "質問", 10));

    Result<CompanyQuery> result =
        world.queryCommands.answer(
            filer, query.id(), null, "回答", List.of(new Attachment("a.pdf", "pdf", 1, "xyz")));

    assertEquals(
        List.of("attachments.0.mediaType", "attachments.0.sha256"),
        result.errors().stream().map(Rejection::field).toList());
  }
}
