package dev.taiwa.service.console;

import dev.taiwa.cases.dialogue.access.DialogueQueuePolicy;
import dev.taiwa.cases.dialogue.model.DialogueQueue;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.SortDirection;
import dev.taiwa.cases.view.SavedView;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the saved views pages from the API's use cases: the list from {@code savedViews}'s, an
 * opened view from the same pre-report search as the view's {@code preReports} (the opener's own
 * scope), and the filter a queue page saves: the queue's case states (as {@link
 * DialogueQueuePolicy} defines them), its technology, search words and order. Which officer a case
 * is assigned to is not a filter a view keeps.
 */
@Singleton
final class SavedViewPages {
  private static final DialogueQueuePolicy QUEUES = new DialogueQueuePolicy();

  private final PreReportQueries preReports;

  SavedViewPages(PreReportQueries preReports) {
    this.preReports = preReports;
  }

  /** The list page of {@code views}, as seen by {@code actor}. */
  ViewsPage list(Actor actor, SignedIn signedIn, List<SavedView> views, String error) {
    Texts t = signedIn.t();
    List<ViewsPage.Item> items = new ArrayList<>();
    for (SavedView view : views) {
      boolean mine = view.ownerId().equals(actor.userId());
      items.add(
          new ViewsPage.Item(
              view.name(),
              view.shared(),
              mine,
              summary(view, t),
              ConsolePaths.viewOf(view.id(), "cases"),
              ConsolePaths.viewOf(view.id(), "csv"),
              mine ? ConsolePaths.viewOf(view.id(), "delete") : ""));
    }
    return new ViewsPage(signedIn, items, error);
  }

  /** One page of {@code view}'s cases that {@code actor} may see, after {@code cursor}. */
  OpenedViewPage open(Actor actor, SignedIn signedIn, SavedView view, String cursor) {
    Texts t = signedIn.t();
    Optional<PageRequest.Position> after = ConsoleCursors.position(cursor);
    Page<PreReport> page =
        preReports.search(
            actor,
            view.filter(),
            view.order(),
            new PageRequest(OpenedViewPage.PAGE_SIZE, after.orElse(null), false));
    List<PreReport> reports = page.items();
    String base = ConsolePaths.viewOf(view.id(), "cases");
    String next =
        page.hasNext() && !reports.isEmpty()
            ? base + "?after=" + ConsoleCursors.preReport(reports.get(reports.size() - 1))
            : "";
    return new OpenedViewPage(
        signedIn,
        view.name(),
        summary(view, t),
        ConsolePaths.viewOf(view.id(), "csv"),
        reports.stream().map(report -> row(report, t)).toList(),
        next,
        after.isPresent() ? base : "");
  }

  /** The filter a queue page saves: the queue's states, its technology and the search words. */
  static PreReportFilter queueFilter(DialogueQueue queue, Integer technology, String search) {
    return new PreReportFilter(
        QUEUES.queuedStates(),
        queue == DialogueQueue.BY_TECHNOLOGY ? technology : null,
        null,
        null,
        null,
        null,
        null,
        false,
        search == null || search.isBlank() ? null : search.strip());
  }

  /** What a view keeps, in a line: its search words, technology and order. */
  private static String summary(SavedView view, Texts t) {
    List<String> parts = new ArrayList<>();
    PreReportFilter filter = view.filter();
    if (filter.search() != null && !filter.search().isBlank()) {
      parts.add(t.format("views.summary.search", filter.search()));
    }
    if (filter.technologyNumber() != null) {
      parts.add(t.format("views.summary.technology", filter.technologyNumber()));
    }
    parts.add(t.format("views.summary.order", sortLabel(view.order(), t)));
    return String.join(t.get("views.summary.separator"), parts);
  }

  private static String sortLabel(PreReportOrder order, Texts t) {
    String key =
        switch (order.sort()) {
          case CREATED -> "views.sort.created";
          case FILED -> "queues.sort.received";
          case PLANNED -> "queues.sort.planned";
          case NEXT_DUE -> "queues.sort.due";
          case REFERENCE -> "queues.sort.reference";
        };
    return t.get(key)
        + " "
        + t.get(order.direction() == SortDirection.ASC ? "queues.order.asc" : "queues.order.desc");
  }

  private static OpenedViewPage.Row row(PreReport report, Texts t) {
    var form = report.form();
    return new OpenedViewPage.Row(
        ConsolePaths.caseOf(report.id()),
        report.reference().toString(),
        t.label(report.state()),
        HomePages.technologies(form.technologyNumbers(), t),
        HomePages.counterparty(form),
        ConsoleDates.dateTime(report.submittedAt()),
        ConsoleDates.date(form.plannedDate()));
  }
}
