package dev.taiwa.cases.dialogue.application;

import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.prereport.application.PreReportTarget;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReports;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How commands reach an item of a case's dialogue (a meeting, a concern, a query to the company):
 * by its id, visible exactly when its case is, with the caller's roles on the case and the item's
 * own version.
 */
public final class CaseItemTarget<T> implements Target<UUID, OnCase<T>> {
  private final String noun;
  private final Function<UUID, Optional<T>> find;
  private final Function<T, CaseId> caseOf;
  private final ToLongFunction<T> versionOf;
  private final Target<CaseId, PreReport> cases;
  private final PreReports preReports;

  public CaseItemTarget(
      String noun,
      Function<UUID, Optional<T>> find,
      Function<T, CaseId> caseOf,
      ToLongFunction<T> versionOf,
      PreReports preReports) {
    this.noun = noun;
    this.find = find;
    this.caseOf = caseOf;
    this.versionOf = versionOf;
    this.preReports = preReports;
    this.cases = PreReportTarget.of(preReports);
  }

  @Override
  public String noun() {
    return noun;
  }

  @Override
  public Optional<OnCase<T>> find(UUID id) {
    return find.apply(id)
        .flatMap(item -> preReports.find(caseOf.apply(item)).map(r -> new OnCase<>(item, r)));
  }

  @Override
  public boolean visibleTo(Actor actor, OnCase<T> target) {
    return cases.visibleTo(actor, target.report());
  }

  @Override
  public Set<Role> rolesOn(Actor actor, OnCase<T> target) {
    return cases.rolesOn(actor, target.report());
  }

  @Override
  public CaseId caseOf(OnCase<T> target) {
    return target.report().id();
  }

  @Override
  public long versionOf(OnCase<T> target) {
    return versionOf.applyAsLong(target.item());
  }
}
