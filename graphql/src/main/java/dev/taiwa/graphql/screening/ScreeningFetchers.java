package dev.taiwa.graphql.screening;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.screening.model.Disposition;
import dev.taiwa.cases.screening.model.ListEntry;
import dev.taiwa.cases.screening.model.ListSource;
import dev.taiwa.cases.screening.model.ListVersionId;
import dev.taiwa.cases.screening.model.ListVersionSummary;
import dev.taiwa.cases.screening.model.RescreenRun;
import dev.taiwa.cases.screening.model.ScreeningHit;
import dev.taiwa.cases.screening.model.ScreeningSubject;
import dev.taiwa.cases.screening.model.ScreeningTrigger;
import dev.taiwa.cases.screening.model.StoredHit;
import dev.taiwa.cases.screening.model.Verdict;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/** {@code screeningListVersions}, {@code screenCounterparty} and {@code importScreeningList}. */
public final class ScreeningFetchers {
  private final ScreeningServices services;
  private final Executor executor;

  public ScreeningFetchers(ScreeningServices services, Executor executor) {
    this.services = services;
    this.executor = executor;
  }

  /** A list version as the schema shows it. */
  public record VersionView(
      String id,
      String list,
      LocalDate publishedOn,
      String sha256,
      Instant importedAt,
      String importedBy,
      int entryCount,
      RescreenView rescreen) {
    static VersionView of(ListVersionSummary v, RescreenRun run) {
      return new VersionView(
          v.id().value(),
          v.source().name(),
          v.publishedOn(),
          v.sha256(),
          v.importedAt(),
          v.importedBy(),
          v.entryCount(),
          run == null ? null : RescreenView.of(run));
    }
  }

  /** A version's re-screening of the open cases as the schema shows it. */
  public record RescreenView(
      String state,
      Integer total,
      int screened,
      int casesWithNewHits,
      int newHits,
      Instant startedAt,
      Instant finishedAt) {
    static RescreenView of(RescreenRun run) {
      return new RescreenView(
          run.state().name(),
          run.total(),
          run.screened(),
          run.casesWithNewHits(),
          run.newHits(),
          run.startedAt(),
          run.finishedAt());
    }
  }

  /** A hit as the schema shows it. */
  public record HitView(
      double score,
      String list,
      String listVersionId,
      ListEntry entry,
      String subjectName,
      String subjectField,
      String entryName,
      String entryField) {
    public static HitView of(ScreeningHit h) {
      return new HitView(
          h.score(),
          h.source().name(),
          h.listVersion().value(),
          h.entry(),
          h.subjectName(),
          h.subjectField() == null ? null : fieldName(h.subjectField().name()),
          h.entryName(),
          h.entryField().name());
    }

    private static String fieldName(String subjectField) {
      return subjectField.equals("NAME_ORIGINAL") ? "nameOriginal" : "nameRomanised";
    }
  }

  /** A stored hit as the schema shows it. */
  public record StoredHitView(
      String id,
      long version,
      String trigger,
      Instant screenedAt,
      HitView hit,
      Disposition disposition) {
    static StoredHitView of(StoredHit h) {
      return new StoredHitView(
          h.id(),
          h.version(),
          h.trigger().name(),
          h.screenedAt(),
          HitView.of(h.hit()),
          h.disposition());
    }
  }

  public record CaseScreenPayload(List<StoredHitView> hits, List<Rejection> errors) {}

  public record DisposePayload(StoredHitView hit, List<Rejection> errors) {}

  public record ImportPayload(VersionView version, List<Rejection> errors) {}

  public record ScreenPayload(List<HitView> hits, List<Rejection> errors) {}

  public void wire(SchemaWiring wiring) {
    wiring
        .query("screeningListVersions", AsyncDataFetcher.async(this::versions, executor))
        .query("screenCounterparty", AsyncDataFetcher.async(this::screen, executor))
        .mutation("importScreeningList", AsyncDataFetcher.async(this::importList, executor))
        .mutation("screenPreReport", AsyncDataFetcher.async(this::screenPreReport, executor))
        .mutation("disposeScreeningHit", AsyncDataFetcher.async(this::dispose, executor));
  }

  /** {@code PreReport.screening}: the parent was shown under the pre-report's access rules. */
  public TypeRuntimeWiring.Builder preReportEdges(TypeRuntimeWiring.Builder preReport) {
    return preReport.dataFetcher(
        "screening",
        AsyncDataFetcher.async(
            env ->
                services
                    .cases()
                    .ofPreReport(RequestActor.require(env), env.<PreReport>getSource())
                    .stream()
                    .map(StoredHitView::of)
                    .toList(),
            executor));
  }

  private CaseScreenPayload screenPreReport(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Result<List<StoredHit>> result =
        services
            .cases()
            .screen(
                actor,
                Ids.uuid(env.getArgument("caseId")).map(CaseId::new).orElse(null),
                ScreeningTrigger.ON_DEMAND);
    return new CaseScreenPayload(
        result.value().orElse(List.of()).stream().map(StoredHitView::of).toList(), result.errors());
  }

  private DisposePayload dispose(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Map<String, Object> input = env.getArgument("input");
    Object expected = input.get("expectedVersion");
    Result<StoredHit> result =
        services
            .cases()
            .dispose(
                actor,
                (String) input.get("hitId"),
                Verdict.valueOf((String) input.get("verdict")),
                (String) input.get("reason"),
                expected == null ? null : ((Number) expected).longValue());
    return new DisposePayload(result.value().map(StoredHitView::of).orElse(null), result.errors());
  }

  private List<VersionView> versions(DataFetchingEnvironment env) {
    RequestActor.require(env);
    List<ListVersionSummary> versions = services.lists().versions();
    Map<ListVersionId, RescreenRun> runs =
        services.rescreen().of(versions.stream().map(ListVersionSummary::id).toList());
    return versions.stream().map(v -> VersionView.of(v, runs.get(v.id()))).toList();
  }

  private ScreenPayload screen(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Result<List<ScreeningHit>> result =
        services
            .screening()
            .screen(
                actor,
                new ScreeningSubject(
                    env.getArgument("nameOriginal"), env.getArgument("nameRomanised")));
    return new ScreenPayload(
        result.value().orElse(List.of()).stream().map(HitView::of).toList(), result.errors());
  }

  private ImportPayload importList(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Map<String, Object> input = env.getArgument("input");
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode((String) input.get("contentBase64"));
    } catch (IllegalArgumentException e) {
      bytes = new byte[0]; // refused as an unreadable file, through the use case (audited)
    }
    Result<ListVersionSummary> result =
        services
            .lists()
            .importFile(
                actor,
                ListSource.valueOf((String) input.get("list")),
                (LocalDate) input.get("publishedOn"),
                bytes);
    return new ImportPayload(
        result
            .value()
            .map(v -> VersionView.of(v, services.rescreen().of(v.id()).orElse(null)))
            .orElse(null),
        result.errors());
  }
}
