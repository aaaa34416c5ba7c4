package dev.taiwa.tools.admin;

import dev.taiwa.cases.catalogue.NewRevision;
import dev.taiwa.cases.catalogue.Technology;
import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import dev.taiwa.cases.catalogue.application.CatalogueCommands;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.service.importing.TechnologyRevisionFile;
import dev.taiwa.service.importing.UnreadableFile;
import dev.taiwa.tools.OperatorAccount;
import dev.taiwa.tools.OperatorCredentials;
import dev.taiwa.tools.TaiwaCommand;
import dev.taiwa.tools.ToolFailure;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code taiwa catalogue list|add}: the revisions of the technology list with their effective dates
 * and items; a new revision from a JSON file, through {@link CatalogueCommands} (ADMIN, audited).
 */
@Command(
    name = "catalogue",
    description = "Lists the technology list's revisions; adds one from a file.",
    mixinStandardHelpOptions = true,
    subcommands = {CatalogueCommand.ListRevisions.class, CatalogueCommand.Add.class})
public final class CatalogueCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list or add");
  }

  /** {@code taiwa catalogue list}. */
  @Command(
      name = "list",
      description = "Lists revisions, oldest first, with their items.",
      mixinStandardHelpOptions = true)
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

  /** {@code taiwa catalogue add <file> --as <admin>}. */
  @Command(
      name = "add",
      description = "Adds a revision from a JSON file (as an ADMIN account); lists every problem.",
      mixinStandardHelpOptions = true)
  public static final class Add implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", description = "the revision as JSON")
    Path file;

    @CommandLine.Mixin OperatorCredentials operator;

    @Inject OperatorAccount accounts;
    @Inject CatalogueCommands catalogue;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Result<TechnologyRevision> result =
          catalogue.addRevision(
              accounts.authenticate(operator, spec.commandLine().getErr()), read());
      if (result.accepted()) {
        TechnologyRevision added = result.value().orElseThrow();
        out.println(
            "Added "
                + added.id()
                + " effective "
                + added.effectiveDate()
                + " with "
                + added.items().size()
                + " items");
        return 0;
      }
      for (Rejection r : result.errors()) {
        out.println((r.field() == null ? "" : r.field() + ": ") + r.code() + " " + r.message());
      }
      return TaiwaCommand.PROBLEM_FOUND;
    }

    private NewRevision read() {
      try {
        return TechnologyRevisionFile.read(
            file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException | UncheckedIOException e) {
        throw new ToolFailure("cannot read " + file + ": " + e.getClass().getSimpleName());
      } catch (UnreadableFile e) {
        throw new ToolFailure(e.getMessage());
      }
    }
  }
}
