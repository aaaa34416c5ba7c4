package dev.taiwa.cases.patent.compensation.application;

import dev.taiwa.cases.patent.compensation.model.AssessmentNote;
import dev.taiwa.cases.patent.compensation.model.CompensationClaim;
import java.util.List;

/** A claim as one caller may see it: the assessment notes only for the Cabinet Office. */
public record CompensationView(CompensationClaim claim, boolean notesShown) {
  public List<AssessmentNote> notes() {
    return notesShown ? claim.notes() : List.of();
  }
}
