package dev.taiwa.service.importing;

import dev.taiwa.cases.imports.ImportKeyScope;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Rejection;
import java.util.List;

/**
 * How the rows of one kind of case are read and handed to its use cases: the import key of a row,
 * its form (with the problems of reading it), the use case's preview check, and the use case
 * itself.
 *
 * @param <F> the use case's form
 */
public interface CaseRows<F> {
  /** The kind under which import keys are remembered, e.g. {@code PRE_REPORT}. */
  String kind();

  /**
   * Where a row's import key must be unique when {@code actor} imports: within the actor's
   * organisation for keys the filer numbers itself, nationwide for numbers the state gives out.
   */
  ImportKeyScope keyScope(Actor actor);

  /** The columns a file may have; {@link #keyColumn()} among them. */
  List<String> columns();

  /** The column holding the row's stable import key. */
  String keyColumn();

  /** The row's form, and what could not be read from it (bad dates, unknown enum values). */
  Parsed<F> parse(SourceRow row);

  /** What the use case would refuse, without writing anything (the dry run). */
  List<Rejection> check(Actor actor, Parsed<F> parsed);

  /** Runs the use case (which audits its own acceptance or refusal). */
  Created create(Actor actor, Parsed<F> parsed);

  /** A form read from a row, with the problems found while reading it. */
  record Parsed<F>(F form, List<RowProblem> problems, boolean submit) {
    public Parsed {
      problems = List.copyOf(problems);
    }
  }

  /**
   * What the use case answered: the new case's id when it created one, and its refusals (a case may
   * be created and a later step, such as submission, refused).
   */
  record Created(CaseId caseId, List<Rejection> refusals) {
    public Created {
      refusals = List.copyOf(refusals);
    }
  }
}
