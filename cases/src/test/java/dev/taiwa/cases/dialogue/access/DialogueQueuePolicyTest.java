package dev.taiwa.cases.dialogue.access;

import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.dialogue.model.DialogueQueue;
import dev.taiwa.cases.dialogue.port.DialogueQueueSelection;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.matrix.AccessMatrix;
import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DialogueQueuePolicyTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 4, 7);
  private final DialogueQueuePolicy policy = new DialogueQueuePolicy();

  @Test
  void onlyDialogueOfficersReadTheQueues() {
    assertEquals(Set.of(Role.DIALOGUE_OFFICER), policy.readers());
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "DIALOGUE_OFFICER", mode = EnumSource.Mode.EXCLUDE)
  void everyOtherRoleIsForbidden(Role role) {
    Result<DialogueQueueSelection> result =
        policy.select(anActor().withRole(role), DialogueQueue.MINE, null, TODAY);

    assertEquals(ErrorCode.FORBIDDEN, result.errors().get(0).code());
  }

  @Test
  void queuesCoverOpenFiledCasesButNeverDraftsOrOutcomes() {
    assertEquals(
        EnumSet.of(
            PreReportState.SUBMITTED,
            PreReportState.UNDER_REVIEW,
            PreReportState.IN_DIALOGUE,
            PreReportState.INFORM_ISSUED,
            PreReportState.LICENCE_APPLIED),
        policy.queuedStates());
  }

  @Test
  void myQueueIsSelectedForTheCaller() {
    Actor officer = anActor().withRole(Role.DIALOGUE_OFFICER);

    DialogueQueueSelection selection =
        policy.select(officer, DialogueQueue.MINE, 3, TODAY).value().orElseThrow();

    assertEquals(officer.userId(), selection.officer());
    assertEquals(TODAY, selection.today());
    assertNull(selection.technology(), "a technology only narrows the technology queue");
    assertEquals(policy.queuedStates(), selection.states());
  }

  @Test
  void theTechnologyQueueNeedsATechnologyNumber() {
    Actor officer = anActor().withRole(Role.DIALOGUE_OFFICER);

    Result<DialogueQueueSelection> without =
        policy.select(officer, DialogueQueue.BY_TECHNOLOGY, null, TODAY);
    Result<DialogueQueueSelection> with =
        policy.select(officer, DialogueQueue.BY_TECHNOLOGY, 6, TODAY);

    assertEquals(ErrorCode.INVALID_VALUE, without.errors().get(0).code());
    assertEquals(6, with.value().orElseThrow().technology());
  }

  @Test
  void theMatrixRowIsDerivedFromThePolicy() {
    AccessMatrix matrix = AccessMatrix.standard();
    for (Role role : Role.values()) {
      assertEquals(
          policy.readers().contains(role),
          matrix.permission(Operation.DIALOGUE_QUEUE, role).allowsAnything(),
          role.name());
    }
    assertTrue(matrix.permission(Operation.DIALOGUE_QUEUE, Role.DIALOGUE_OFFICER).allowsAnything());
  }
}
