package dev.taiwa.service.console;

import dev.taiwa.cases.deadline.tracking.TrackedStatus;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.matrix.AccessMatrix;
import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.application.PatentReviewQueries;
import dev.taiwa.cases.patent.application.PatentTrackDeadline;
import dev.taiwa.cases.patent.model.ForeignFilingGate;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.port.PatentFilter;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the caller's patent lists from the API's use cases: {@code screeningQueue} for an
 * examiner, {@code patentApplications} (in the review states for a reviewer, all of its own for a
 * company), with each application's deadlines and gate as the API's fields give them, shown only
 * for applications whose content the caller may read.
 */
@Singleton
final class PatentListPages {
  private static final AccessMatrix MATRIX = AccessMatrix.standard();

  private final PatentQueries queries;
  private final PatentReviewQueries review;

  PatentListPages(PatentQueries queries, PatentReviewQueries review) {
    this.queries = queries;
    this.review = review;
  }

  /**
   * The page, or empty when the caller may not list patent applications (FORBIDDEN). The list named
   * {@code section} starts after {@code after} (a cursor of its next-page link; a malformed one
   * starts it from its first page), the others from their first page.
   */
  Optional<PatentListPage> of(Actor actor, SignedIn signedIn, String section, String after) {
    if (!MATRIX.allows(Operation.PATENT_APPLICATIONS, actor)) {
      return Optional.empty();
    }
    Texts t = signedIn.t();
    Optional<PageRequest.Position> position = ConsoleCursors.position(after);
    List<PatentListPage.Section> sections = new ArrayList<>();
    if (actor.has(Role.PATENT_EXAMINER)) {
      List<PatentApplication> queue = review.screeningQueue(actor, false);
      sections.add(section(actor, "screening", t, false, Page.uncounted(queue, false), false, ""));
      sections.add(listed(actor, "all", t, false, PatentFilter.none(), section, position));
    }
    if (actor.has(Role.SECURITY_REVIEWER)) {
      sections.add(
          listed(
              actor,
              "review",
              t,
              false,
              new PatentFilter(PatentState.secretStates(), null),
              section,
              position));
    }
    if (actor.has(Role.FILER)) {
      sections.add(listed(actor, "mine", t, true, PatentFilter.none(), section, position));
    }
    return Optional.of(new PatentListPage(signedIn, sections));
  }

  /** A list of the API's search, a page at a time: from {@code position} when it is this one's. */
  private PatentListPage.Section listed(
      Actor actor,
      String id,
      Texts t,
      boolean gates,
      PatentFilter filter,
      String pagedSection,
      Optional<PageRequest.Position> position) {
    PageRequest.Position after = id.equals(pagedSection) ? position.orElse(null) : null;
    Page<PatentApplicationView> found =
        queries.search(
            actor, filter, new PageRequest(PatentListPage.PAGE_SIZE, after, false), false);
    Page<PatentApplication> page =
        found.withItems(found.items().stream().map(PatentApplicationView::application).toList());
    String first = after == null ? "" : ConsolePaths.PATENTS + "#" + id;
    return section(actor, id, t, gates, page, id.equals("review"), first);
  }

  private PatentListPage.Section section(
      Actor actor,
      String id,
      Texts t,
      boolean gates,
      Page<PatentApplication> page,
      boolean byNextDue,
      String firstLink) {
    List<PatentApplication> applications = page.items();
    Set<CaseId> withheld =
        applications.isEmpty()
            ? Set.of()
            : queries.withheldAmong(
                actor, applications.stream().map(PatentApplication::id).toList());
    List<PatentApplication> readable =
        applications.stream().filter(a -> !withheld.contains(a.id())).toList();
    Map<CaseId, List<PatentTrackDeadline>> deadlines =
        readable.isEmpty() ? Map.of() : review.deadlines(readable);
    Map<CaseId, ForeignFilingGate> gateOf =
        gates && !readable.isEmpty()
            ? review.requestReads().foreignFilingGates(readable)
            : Map.of();
    List<Sorted> rows = new ArrayList<>();
    for (PatentApplication a : applications) {
      boolean hidden = withheld.contains(a.id());
      Optional<PatentTrackDeadline> next =
          deadlines.getOrDefault(a.id(), List.of()).stream()
              .filter(d -> PatentPages.open(d.status()))
              .min(Comparator.comparing(d -> d.deadline().due()));
      ForeignFilingGate gate = gateOf.get(a.id());
      rows.add(
          new Sorted(
              next.map(d -> d.deadline().due()).orElse(LocalDate.MAX),
              new PatentListPage.Row(
                  ConsolePaths.patentOf(a.id().value()),
                  a.number().toString(),
                  t.label(a.state()),
                  hidden ? "" : ConsoleDates.date(a.filingDate()),
                  next.map(d -> ConsoleDates.date(d.deadline().due())).orElse(""),
                  next.map(d -> t.label(d.status()) + t.get("text.colon") + d.tracked().subject())
                      .orElse(""),
                  next.map(d -> d.status() == TrackedStatus.OVERDUE).orElse(false),
                  gate == null
                      ? ""
                      : PatentPages.gate(gate, t).status()
                          + t.get("text.colon")
                          + PatentPages.gate(gate, t).reason(),
                  gate != null && gate.status() == ForeignFilingGate.Status.ALLOWED)));
    }
    if (byNextDue) {
      rows.sort(Comparator.comparing(Sorted::due));
    }
    String next =
        page.hasNext() && !applications.isEmpty()
            ? ConsolePaths.PATENTS
                + "?section="
                + id
                + "&after="
                + ConsoleCursors.patent(applications.get(applications.size() - 1))
                + "#"
                + id
            : "";
    return new PatentListPage.Section(
        id,
        t.get("patents.section." + id),
        gates,
        rows.stream().map(Sorted::row).toList(),
        next,
        firstLink);
  }

  private record Sorted(LocalDate due, PatentListPage.Row row) {}
}
