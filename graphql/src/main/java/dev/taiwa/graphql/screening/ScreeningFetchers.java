package dev.taiwa.graphql.screening;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.screening.model.ListEntry;
import dev.taiwa.cases.screening.model.ListSource;
import dev.taiwa.cases.screening.model.ListVersionSummary;
import dev.taiwa.cases.screening.model.ScreeningHit;
import dev.taiwa.cases.screening.model.ScreeningSubject;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
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
      int entryCount) {
    static VersionView of(ListVersionSummary v) {
      return new VersionView(
          v.id().value(),
          v.source().name(),
          v.publishedOn(),
          v.sha256(),
          v.importedAt(),
          v.importedBy(),
          v.entryCount());
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

  public record ImportPayload(VersionView version, List<Rejection> errors) {}

  public record ScreenPayload(List<HitView> hits, List<Rejection> errors) {}

  public void wire(SchemaWiring wiring) {
    wiring
        .query("screeningListVersions", AsyncDataFetcher.async(this::versions, executor))
        .query("screenCounterparty", AsyncDataFetcher.async(this::screen, executor))
        .mutation("importScreeningList", AsyncDataFetcher.async(this::importList, executor));
  }

  private List<VersionView> versions(DataFetchingEnvironment env) {
    RequestActor.require(env);
    return services.lists().versions().stream().map(VersionView::of).toList();
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
                services.reader(),
                ListSource.valueOf((String) input.get("list")),
                (LocalDate) input.get("publishedOn"),
                bytes);
    return new ImportPayload(result.value().map(VersionView::of).orElse(null), result.errors());
  }
}
