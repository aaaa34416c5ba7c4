package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Result;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One action a case page's forms post to (a pre-report's, {@link CaseActionsController}, or a
 * patent application's, {@link PatentFormActions}): the use case it calls, the fields its form has,
 * where the page returns to.
 */
record FormAction(
    Function<FormAction.Posted, Result<?>> run, Predicate<String> fields, String anchor) {
  FormAction(Function<Posted, Result<?>> run, Set<String> fields, String anchor) {
    this(run, fields::contains, anchor);
  }

  /** A posted form with its caller and case. */
  record Posted(Actor actor, CaseId caseId, Map<String, String> form) {
    String text(String field) {
      return ConsoleForms.text(form, field);
    }

    Long version() {
      return ConsoleForms.version(form);
    }

    /** The item acted on (a meeting, concern, query or request); the nil id when absent. */
    UUID item() {
      UUID item = ConsoleForms.uuid(form, "item");
      return item == null ? new UUID(0, 0) : item;
    }
  }
}
