package dev.taiwa.cases.screening.application;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.screening.access.ScreeningAccessPolicy;
import dev.taiwa.cases.screening.matching.NameMatching;
import dev.taiwa.cases.screening.model.ListSource;
import dev.taiwa.cases.screening.model.ScreeningHit;
import dev.taiwa.cases.screening.model.ScreeningSubject;
import dev.taiwa.cases.screening.port.ListVersions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Screening a counterparty on demand against the latest version of every list: for dialogue
 * officers and filers (the lists are public). Reads only; nothing is stored.
 */
public final class CounterpartyScreening {
  private final ListVersions versions;
  private final NameMatching matching;

  public CounterpartyScreening(ListVersions versions, NameMatching matching) {
    this.versions = versions;
    this.matching = matching;
  }

  /** The hits of {@code subject} in the latest version of each list, best first. */
  public Result<List<ScreeningHit>> screen(Actor actor, ScreeningSubject subject) {
    if (!ScreeningAccessPolicy.mayScreen(actor.roles())) {
      return Result.refused(
          Optional.empty(),
          List.of(
              Rejection.of(
                  ErrorCode.FORBIDDEN, "Only officials and filers screen counterparties.")));
    }
    if (subject.names().isEmpty()) {
      return Result.refused(
          Optional.empty(),
          List.of(
              Rejection.onField(
                  ErrorCode.REQUIRED, "nameOriginal", "Give the counterparty's name.")));
    }
    return Result.ok(hits(subject));
  }

  /** The hits of {@code subject} in the latest version of each list, best first, for anyone. */
  public List<ScreeningHit> hits(ScreeningSubject subject) {
    List<ScreeningHit> hits = new ArrayList<>();
    Arrays.stream(ListSource.values())
        .map(versions::latest)
        .flatMap(Optional::stream)
        .forEach(v -> hits.addAll(matching.screen(subject, v)));
    hits.sort(Comparator.comparingDouble(ScreeningHit::score).reversed());
    return hits;
  }
}
