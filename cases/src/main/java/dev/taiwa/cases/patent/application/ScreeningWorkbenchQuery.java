package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldRevision;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.secrecy.Disclosure;
import java.util.List;
import java.util.Optional;

/** The examiner's screening workbench for one application: examiners only (else FORBIDDEN). */
public final class ScreeningWorkbenchQuery {
  static final String NO_MAPPING = "IPC対応表が未登録のため、候補分野は提示できません（特定技術分野の判断は審査官が行ってください）";
  static final String NO_MATCH = "IPC記号に該当する特定技術分野はありません";

  private final PatentQueries queries;
  private final SpecifiedFieldCatalogue catalogue;

  public ScreeningWorkbenchQuery(PatentQueries queries, SpecifiedFieldCatalogue catalogue) {
    this.queries = queries;
    this.catalogue = catalogue;
  }

  public Result<ScreeningWorkbench> open(Actor actor, CaseId id) {
    if (!actor.has(Role.PATENT_EXAMINER)) {
      return refused(Rejection.of(ErrorCode.FORBIDDEN, "Only a patent examiner screens"));
    }
    Optional<PatentApplicationView> view = queries.find(actor, id, false);
    if (view.isEmpty()) {
      return refused(Rejection.of(ErrorCode.NOT_FOUND, "No patent application " + id));
    }
    PatentApplication application = view.get().application();
    if (view.get().disclosure().withheld()) {
      return Result.ok(
          new ScreeningWorkbench(
              application, null, false, List.of(), false, null, null, Disclosure.SKELETON));
    }
    Optional<SpecifiedFieldRevision> revision = catalogue.inForceOn(application.filingDate());
    boolean mapped = revision.isPresent() && !revision.get().hasNoIpcMapping();
    boolean additional = application.additionalFacts().met();
    List<ScreeningWorkbench.Candidate> candidates =
        mapped
            ? revision.get().fields().stream()
                .filter(field -> field.matchesAny(application.ipcCodes()))
                .map(
                    field ->
                        new ScreeningWorkbench.Candidate(
                            field, !field.additionalRequirement() || additional))
                .toList()
            : List.of();
    String note = !mapped ? NO_MAPPING : candidates.isEmpty() ? NO_MATCH : null;
    return Result.ok(
        new ScreeningWorkbench(
            application,
            revision.map(SpecifiedFieldRevision::id).orElse(null),
            mapped,
            candidates,
            additional,
            application.screeningDue(),
            note,
            Disclosure.FULL));
  }

  private static Result<ScreeningWorkbench> refused(Rejection rejection) {
    return Result.refused(Optional.empty(), List.of(rejection));
  }
}
