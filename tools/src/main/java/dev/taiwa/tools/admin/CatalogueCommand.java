package dev.taiwa.tools.admin;

import dev.taiwa.cases.catalogue.Technology;
import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code taiwa catalogue list}: the revisions of the technology list with their effective dates and
 * items. (Adding a revision from a file is not built yet.)
 */
@Command(
    name = "catalogue",
    description = "Lists the technology list's revisions.",
    mixinStandardHelpOptions = true,
    subcommands = {CatalogueCommand.ListRevisions.class})
public final class CatalogueCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list");
  }

  /** {@code taiwa catalogue list}. */
  @Command(name = "list", description = "Lists revisions, oldest first, with their items.")
  public static final class ListRevisions implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Inject TechnologyRevisions revisions;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (TechnologyRevision revision : revisions.all()) {
        out.println(
            revision.id()
                + "  effective "
                + revision.effectiveDate()
                + "  "
                + revision.noticeReference()
                + (revision.note() == null ? "" : "  (" + revision.note() + ")"));
        for (Technology t : revision.items()) {
          out.println(
              "  "
                  + t.number()
                  + "  "
                  + t.status()
                  + (t.effectiveFrom() == null ? "  from ?" : "  from " + t.effectiveFrom())
                  + "  "
                  + t.nameJa()
                  + " / "
                  + t.nameEn());
        }
      }
      return 0;
    }
  }
}
