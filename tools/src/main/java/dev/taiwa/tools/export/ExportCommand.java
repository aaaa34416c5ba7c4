package dev.taiwa.tools.export;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.port.PatentFilter;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.service.importing.ImportFormat;
import dev.taiwa.tools.CaseKind;
import dev.taiwa.tools.OperatorAccount;
import dev.taiwa.tools.OperatorCredentials;
import dev.taiwa.tools.ToolFailure;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code taiwa export prereports|patents}: the cases the operator's account may see, filtered like
 * the GraphQL lists, to Excel-compatible CSV or JSON: a pre-report with its meetings, concerns,
 * queries, inform, licence application, outcome and deadlines; a patent application with its
 * deadlines and designation term. Reads go through the use cases' queries, so a secret
 * application's content is exported only to a need-to-know reader and each such read is audited.
 */
@Command(
    name = "export",
    description = "Exports pre-reports or patent applications to CSV (Excel) or JSON.",
    mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {
  private static final int PAGE = PageRequest.MAX_PAGE_SIZE;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", description = "prereports or patents")
  CaseKind kind;

  @Option(names = "--format", description = "csv or json (default: from --out, else csv)")
  ImportFormat format;

  @Option(names = "--out", description = "the file to write (default: standard output)")
  Path out;

  @Option(names = "--state", split = ",", description = "only cases in these states")
  List<String> states = new ArrayList<>();

  @Option(
      names = "--technology",
      description = "pre-reports naming this technology number (not for patents)")
  Integer technology;

  @Option(
      names = "--organisation",
      description = "pre-reports of this organisation, name or id (not for patents)")
  String organisation;

  @Option(names = "--since", description = "cases created on or after this day (Tokyo)")
  LocalDate since;

  @CommandLine.Mixin OperatorCredentials operator;

  @Inject OperatorAccount accounts;
  @Inject PreReportQueries preReports;
  @Inject PatentQueries patents;
  @Inject ExportSections parts;
  @Inject Organisations organisations;

  @Override
  public Integer call() {
    if (kind == CaseKind.PATENTS) {
      patentFiltersAreKnown();
    }
    Actor actor = accounts.authenticate(operator, spec.commandLine().getErr());
    ImportFormat chosen =
        format != null
            ? format
            : out != null ? ImportFormat.of(out.getFileName().toString()) : ImportFormat.CSV;
    long count;
    try (Writer writer = writer()) {
      count =
          kind == CaseKind.PATENTS
              ? export(
                  actor,
                  chosen,
                  writer,
                  parts.patents(),
                  this::patentPage,
                  v -> v.application().registeredAt())
              : export(
                  actor,
                  chosen,
                  writer,
                  parts.preReports(),
                  this::preReportPage,
                  PreReport::createdAt);
    } catch (IOException e) {
      throw new ToolFailure("cannot write " + out + ": " + e.getMessage());
    }
    spec.commandLine()
        .getErr()
        .println(
            "Exported "
                + count
                + " "
                + kind.name().toLowerCase(Locale.ROOT)
                + (out == null ? "" : " to " + out));
    return 0;
  }

  /** The patent list has no technology or applicant filter: refused rather than ignored. */
  private void patentFiltersAreKnown() {
    if (technology != null || organisation != null) {
      throw new ToolFailure(
          "export patents takes --state and --since only: the application list has no"
              + " technology or applicant filter (--technology and --organisation are for"
              + " prereports)");
    }
  }

  private Writer writer() throws IOException {
    if (out == null) {
      return new java.io.FilterWriter(spec.commandLine().getOut()) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }

  private <C> long export(
      Actor actor,
      ImportFormat chosen,
      Writer writer,
      List<ExportSection<C>> sections,
      PageSource<C> pages,
      Function<C, Instant> createdAt) {
    List<String> columns =
        sections.stream().flatMap(s -> s.columns().stream()).collect(Collectors.toList());
    Instant from = since == null ? null : since.atStartOfDay(JapanTime.ZONE).toInstant();
    long count = 0;
    try (ExportWriter export = new ExportWriter(chosen, writer, columns)) {
      PageRequest.Position after = null;
      while (true) {
        Page<C> page = pages.page(actor, new PageRequest(PAGE, after, false));
        List<C> items =
            page.items().stream()
                .filter(c -> from == null || !createdAt.apply(c).isBefore(from))
                .toList();
        sections.forEach(s -> s.load(actor, items));
        for (C item : items) {
          List<Object> cells = new ArrayList<>();
          java.util.Map<String, Object> object = ExportSection.object();
          for (ExportSection<C> section : sections) {
            cells.addAll(section.cells(item));
            object.put(section.name(), section.json(item));
          }
          export.write(cells, object);
          count++;
        }
        boolean older = items.size() < page.items().size();
        if (!page.hasNext() || older || page.items().isEmpty()) {
          return count;
        }
        C last = page.items().get(page.items().size() - 1);
        after = new PageRequest.Position(createdAt.apply(last), idOf(last));
      }
    } catch (UncheckedIOException e) {
      throw new ToolFailure("cannot write the export: " + e.getCause().getMessage());
    }
  }

  private static java.util.UUID idOf(Object item) {
    return item instanceof PreReport report
        ? report.id().value()
        : ((PatentApplicationView) item).application().id().value();
  }

  /** One page of the cases the actor may see, newest first. */
  @FunctionalInterface
  private interface PageSource<C> {
    Page<C> page(Actor actor, PageRequest request);
  }

  private Page<PreReport> preReportPage(Actor actor, PageRequest request) {
    PreReportFilter filter =
        new PreReportFilter(
            states(PreReportState.class), technology, null, organisationId(), null, null, null);
    return preReports.search(actor, filter, request);
  }

  private Page<PatentApplicationView> patentPage(Actor actor, PageRequest request) {
    return patents.search(actor, new PatentFilter(states(PatentState.class), null), request, true);
  }

  private <E extends Enum<E>> Set<E> states(Class<E> type) {
    try {
      return states.stream()
          .map(s -> Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT)))
          .collect(Collectors.toSet());
    } catch (IllegalArgumentException e) {
      throw new ToolFailure("--state takes " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  private OrganisationId organisationId() {
    if (organisation == null) {
      return null;
    }
    return organisations.all().stream()
        .filter(o -> o.name().equals(organisation) || o.id().toString().equals(organisation))
        .map(Organisation::id)
        .findFirst()
        .orElseThrow(() -> new ToolFailure("no organisation " + organisation));
  }
}
