package dev.taiwa.cases.dialogue.application;

import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.DialogueCasePolicy;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
import dev.taiwa.cases.prereport.model.PreReport;

/**
 * The visibility rule of the dialogue: officials acting on the case read everything; anyone else
 * who may see the case (its company) reads meetings without internal notes and concerns without the
 * government's concern information.
 */
final class DialogueView {
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();
  private final DialogueCasePolicy policy = new DialogueCasePolicy();

  Meeting meeting(Actor actor, PreReport report, Meeting meeting) {
    return official(actor, report) ? meeting : meeting.asSeenByCompany();
  }

  Concern concern(Actor actor, PreReport report, Concern concern) {
    return official(actor, report) ? concern : concern.asSeenByCompany();
  }

  private boolean official(Actor actor, PreReport report) {
    return policy.seesInternalNotes(access.rolesOn(actor, report));
  }
}
