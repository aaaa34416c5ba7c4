package dev.taiwa.service.console;

import dev.taiwa.service.importing.ImportJob;
import dev.taiwa.service.importing.ImportJobFindings;
import dev.taiwa.service.importing.RowProblem;
import java.util.List;

/**
 * The import pages: the upload form with the caller's imports so far ({@code job} null), or one
 * import with what it found: its dry run's bad rows and the button that runs it, its progress while
 * it runs, its outcome once done, how far it got when its node stopped.
 */
public record ImportsPage(
    SignedIn signedIn,
    List<ImportJob> jobs,
    ImportJob job,
    ImportJobFindings findings,
    String uploadProblem) {

  /** The problems to list: the run's once it ran, else the dry run's. */
  public List<RowProblem> problems() {
    return findings.result() != null ? findings.result().problems() : findings.dryRun().problems();
  }

  /** The rows the dry run found good (neither bad nor imported before). */
  public long wouldImport() {
    var dry = findings.dryRun();
    return dry.rows() - dry.badRows() - dry.alreadyImported();
  }

  public boolean running() {
    return job.state().underWay();
  }

  /** The state's name in the page's language. */
  public String state(ImportJob of) {
    return signedIn.t().get("imports.state." + of.state().name());
  }
}
