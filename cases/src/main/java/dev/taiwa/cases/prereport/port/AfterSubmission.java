package dev.taiwa.cases.prereport.port;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.prereport.model.PreReport;

/**
 * What runs once a submission has been committed, in its own transaction (e.g. counterparty
 * screening). It must not fail the submission, which is already stored.
 */
@FunctionalInterface
public interface AfterSubmission {
  AfterSubmission NOTHING = (actor, report) -> {};

  void submitted(Actor actor, PreReport report);
}
