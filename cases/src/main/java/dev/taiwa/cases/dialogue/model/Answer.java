package dev.taiwa.cases.dialogue.model;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A company's mitigation or commitment against a concern, with the date it is due. */
public record Answer(String text, LocalDate dueDate, UserId answeredBy, Instant answeredAt) {
  public Answer {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dueDate, "due date");
    Objects.requireNonNull(answeredBy, "answered by");
    Objects.requireNonNull(answeredAt, "answered at");
  }
}
