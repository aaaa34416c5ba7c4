package dev.taiwa.cases.dialogue.model;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.StorableText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules of the dialogue's inputs, each problem on the field at fault. */
public final class DialogueValidation {
  public static final int MAX_TEXT_LENGTH = 4000;

  /** A meeting needs a start and a place or an online link; attendees' names and roles. */
  public List<Rejection> plan(MeetingPlan plan) {
    List<Rejection> problems = new ArrayList<>();
    if (plan.startsAt() == null) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "startsAt", "Give the start time"));
    }
    if (blank(plan.place()) && blank(plan.online())) {
      problems.add(
          Rejection.onField(ErrorCode.REQUIRED, "place", "Give a place or an online meeting link"));
    }
    for (int i = 0; i < plan.participants().size(); i++) {
      Participant p = plan.participants().get(i);
      if (blank(p.name()) || blank(p.role())) {
        problems.add(
            Rejection.onField(
                ErrorCode.REQUIRED, "participants." + i, "Give each participant's name and role"));
      }
      StorableText.nameProblem("participants." + i + ".name", p.name()).ifPresent(problems::add);
      StorableText.nameProblem("participants." + i + ".role", p.role()).ifPresent(problems::add);
    }
    StorableText.nameProblem("place", plan.place()).ifPresent(problems::add);
    StorableText.nameProblem("online", plan.online()).ifPresent(problems::add);
    notes("agenda", plan.agenda(), problems);
    return problems;
  }

  public List<Rejection> reason(String reason) {
    List<Rejection> problems = new ArrayList<>();
    text("reason", reason, problems);
    return problems;
  }

  public List<Rejection> minutes(List<Note> minutes, List<FollowUp> followUps) {
    List<Rejection> problems = new ArrayList<>();
    notes("minutes", minutes, problems);
    for (int i = 0; i < followUps.size(); i++) {
      text("followUps." + i + ".description", followUps.get(i).description(), problems);
    }
    return problems;
  }

  public List<Rejection> concern(String description, String concernInformation) {
    List<Rejection> problems = new ArrayList<>();
    text("description", description, problems);
    text("concernInformation", concernInformation, problems);
    return problems;
  }

  public List<Rejection> answer(String text, LocalDate dueDate) {
    List<Rejection> problems = new ArrayList<>();
    text("text", text, problems);
    if (dueDate == null) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "dueDate", "Give the due date"));
    }
    return problems;
  }

  private static void notes(String field, List<Note> notes, List<Rejection> problems) {
    for (int i = 0; i < notes.size(); i++) {
      text(field + "." + i + ".text", notes.get(i).text(), problems);
    }
  }

  private static void text(String field, String value, List<Rejection> problems) {
    if (blank(value)) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, field, "This field is required"));
    } else if (value.strip().length() > MAX_TEXT_LENGTH) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE, field, "At most " + MAX_TEXT_LENGTH + " characters"));
    } else {
      StorableText.problem(field, value).ifPresent(problems::add);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
