package dev.taiwa.cases.dialogue.model;

import dev.taiwa.cases.kernel.CaseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of a case's concern ledger. {@code description} is company-visible; {@code
 * concernInformation} (懸念情報) is the government information it rests on and is INTERNAL: it is never
 * shown to the company ({@link #asSeenByCompany()} drops it). {@code resolutionReason} goes with
 * the latest RESOLVED / UNRESOLVED judgement. Each change yields {@code version + 1}; the store
 * writes it only over the version it was read at.
 */
public record Concern(
    UUID id,
    CaseId caseId,
    ConcernState state,
    ConcernCategory category,
    Severity severity,
    String description,
    String concernInformation,
    List<Answer> answers,
    String resolutionReason,
    Instant raisedAt,
    long version) {
  public Concern {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "case id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(raisedAt, "raised at");
    answers = List.copyOf(answers);
  }

  public static Concern raised(
      CaseId caseId,
      ConcernCategory category,
      Severity severity,
      String description,
      String concernInformation,
      Instant at) {
    return new Concern(
        UUID.randomUUID(),
        caseId,
        ConcernState.RAISED,
        category,
        severity,
        description,
        concernInformation,
        List.of(),
        null,
        at,
        1);
  }

  public Concern answered(Answer answer) {
    List<Answer> more = new ArrayList<>(answers);
    more.add(answer);
    return new Concern(
        id,
        caseId,
        ConcernState.ANSWERED,
        category,
        severity,
        description,
        concernInformation,
        more,
        resolutionReason,
        raisedAt,
        version + 1);
  }

  public Concern judged(ConcernState judgement, String reason) {
    return new Concern(
        id,
        caseId,
        judgement,
        category,
        severity,
        description,
        concernInformation,
        answers,
        reason,
        raisedAt,
        version + 1);
  }

  /** Not (yet) resolved: what an inform would have to cite. */
  public boolean unresolved() {
    return state != ConcernState.RESOLVED;
  }

  /** The concern as the company may read it: without the government's concern information. */
  public Concern asSeenByCompany() {
    return new Concern(
        id,
        caseId,
        state,
        category,
        severity,
        description,
        null,
        answers,
        resolutionReason,
        raisedAt,
        version);
  }
}
