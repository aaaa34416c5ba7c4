package dev.taiwa.cases.screening.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Recorded;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.screening.access.ScreeningAccessPolicy;
import dev.taiwa.cases.screening.model.ListImportRules;
import dev.taiwa.cases.screening.model.ListSource;
import dev.taiwa.cases.screening.model.ListVersion;
import dev.taiwa.cases.screening.model.ListVersionId;
import dev.taiwa.cases.screening.model.ListVersionSummary;
import dev.taiwa.cases.screening.model.NewListVersion;
import dev.taiwa.cases.screening.port.ListFileReader;
import dev.taiwa.cases.screening.port.ListVersions;
import dev.taiwa.cases.screening.port.RescreenRuns;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Imports of screening lists: an administrator adds a list file as a new version (never replacing
 * an old one), audited SCREENING_LIST_IMPORTED; a dry run answers the same problems and writes
 * nothing. The import records the version's re-screening of the open cases as PENDING in its own
 * transaction; {@link ListRescreen} runs it afterwards, in the background.
 */
public final class ScreeningListCommands {
  private final ListVersions versions;
  private final RescreenRuns rescreens;
  private final ListFileReader reader;
  private final CommandPipeline pipeline;
  private final Clock clock;

  public ScreeningListCommands(
      ListVersions versions,
      RescreenRuns rescreens,
      ListFileReader reader,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.versions = versions;
    this.rescreens = rescreens;
    this.reader = reader;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.clock = clock;
  }

  /** Stores {@code draft} as a new version when an ADMIN imports it and it breaks no rule. */
  public Result<ListVersionSummary> importVersion(Actor actor, NewListVersion draft) {
    return pipeline.create(
        actor,
        null,
        Command.<Actor, ListVersionSummary>named(AuditAction.SCREENING_LIST_IMPORTED)
            .table((a, roles) -> mayImport(roles))
            .policy(a -> problems(draft))
            .does(
                (a, roles) -> {
                  ListVersion version =
                      new ListVersion(
                          ListVersionId.random(),
                          draft.source(),
                          draft.publishedOn(),
                          draft.sha256(),
                          clock.instant(),
                          draft.entries());
                  return Step.accepted(
                      summary(version, a.username()),
                      new Recorded(
                          null,
                          AuditAction.SCREENING_LIST_IMPORTED,
                          describe(version),
                          version.importedAt()),
                      () -> {
                        versions.add(version, a.username());
                        rescreens.open(version.id());
                      });
                }));
  }

  /**
   * Reads {@code bytes} with the list file reader and imports them as a version of {@code source};
   * a file that is not in the list's format is refused INVALID_VALUE on {@code content}.
   */
  public Result<ListVersionSummary> importFile(
      Actor actor, ListSource source, LocalDate publishedOn, byte[] bytes) {
    NewListVersion draft;
    try {
      draft = reader.read(source, bytes, publishedOn);
    } catch (ListFileReader.UnreadableListFile e) {
      return pipeline.create(
          actor,
          null,
          Command.<Actor, ListVersionSummary>named(AuditAction.SCREENING_LIST_IMPORTED)
              .table((a, roles) -> mayImport(roles))
              .policy(a -> List.of(unreadable(e)))
              .does((a, roles) -> Step.refused(List.of(unreadable(e)))));
    }
    return importVersion(actor, draft);
  }

  /** What {@link #importVersion} would refuse, without writing anything (a dry run). */
  public List<Rejection> check(Actor actor, NewListVersion draft) {
    return mayImport(actor.roles()).map(List::of).orElseGet(() -> problems(draft));
  }

  /** Every imported version, newest import first. */
  public List<ListVersionSummary> versions() {
    return versions.summaries();
  }

  private List<Rejection> problems(NewListVersion draft) {
    boolean imported =
        draft.source() != null
            && draft.sha256() != null
            && versions.contains(draft.source(), draft.sha256());
    return ListImportRules.problems(draft, JapanTime.today(clock), imported);
  }

  private static Optional<Rejection> mayImport(java.util.Set<dev.taiwa.cases.kernel.Role> roles) {
    return ScreeningAccessPolicy.mayImport(roles)
        ? Optional.empty()
        : Optional.of(
            Rejection.of(
                ErrorCode.FORBIDDEN, "Only an administrator may import a screening list."));
  }

  private static Rejection unreadable(ListFileReader.UnreadableListFile e) {
    return Rejection.onField(ErrorCode.INVALID_VALUE, "content", e.getMessage());
  }

  private static ListVersionSummary summary(ListVersion v, String by) {
    return new ListVersionSummary(
        v.id(), v.source(), v.publishedOn(), v.sha256(), v.importedAt(), by, v.entries().size());
  }

  private static String describe(ListVersion v) {
    return v.source()
        + " published "
        + v.publishedOn()
        + ", "
        + v.entries().size()
        + " entries, SHA-256 "
        + v.sha256()
        + ", version "
        + v.id();
  }
}
