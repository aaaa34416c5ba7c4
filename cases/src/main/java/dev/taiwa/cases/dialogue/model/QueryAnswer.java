package dev.taiwa.cases.dialogue.model;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The company's answer to a query: text, attached files' metadata, who answered and when. */
public record QueryAnswer(
    String text, List<Attachment> attachments, UserId answeredBy, Instant answeredAt) {
  public QueryAnswer {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(answeredBy, "answered by");
    Objects.requireNonNull(answeredAt, "answered at");
    attachments = List.copyOf(attachments);
  }
}
