package dev.taiwa.service.console;

import dev.taiwa.cases.deadline.application.DeadlineQueries;
import dev.taiwa.cases.deadline.application.DeadlineView;
import dev.taiwa.cases.deadline.tracking.TrackedStatus;
import dev.taiwa.cases.dialogue.application.DialogueQueueQueries;
import dev.taiwa.cases.dialogue.model.DialogueQueue;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportSort;
import dev.taiwa.cases.prereport.port.SortDirection;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a dialogue officer's queue page from the use case the API's {@code dialogueQueue} calls
 * (the same bean, the same policy: anyone but a dialogue officer is refused), paged by the API's
 * cursors, with each case's next open deadline from the same deadline reads as the case page. A
 * queue can be searched (the same words as the pre-report list's search) and sorted across its
 * pages by received date, next due date, reference or planned date.
 */
@Singleton
final class QueuePages {
  private static final Set<TrackedStatus> OPEN =
      EnumSet.of(TrackedStatus.OPEN, TrackedStatus.DUE_SOON, TrackedStatus.OVERDUE);

  private final DialogueQueueQueries queues;
  private final DeadlineQueries deadlines;

  QueuePages(DialogueQueueQueries queues, DeadlineQueries deadlines) {
    this.queues = queues;
    this.deadlines = deadlines;
  }

  /** What the page's address asks for. */
  record Query(
      String queue, String technology, String search, String sort, String order, String after) {}

  /** The page, or empty when the caller may not read queues (FORBIDDEN). */
  Optional<QueuePage> of(Actor actor, SignedIn signedIn, Query query) {
    Texts t = signedIn.t();
    DialogueQueue queue = queueOf(query.queue());
    String sort =
        query.sort() != null && QueuePage.SORTS.contains(query.sort()) ? query.sort() : "received";
    String order = "asc".equals(query.order()) ? "asc" : "desc";
    String technologyText = query.technology() == null ? "" : query.technology().trim();
    String search = query.search() == null ? "" : query.search().strip();
    Integer technology =
        queue == DialogueQueue.BY_TECHNOLOGY ? technologyNumber(technologyText) : null;
    Optional<PageRequest.Position> after = ConsoleCursors.position(query.after());
    Result<Page<PreReport>> result =
        queues.queue(
            actor,
            queue,
            technology,
            search.isEmpty() ? null : search,
            orderOf(sort, order),
            new PageRequest(QueuePage.PAGE_SIZE, after.orElse(null), false));
    String technologyError = "";
    Page<PreReport> page;
    if (result.accepted()) {
      page = result.value().orElseThrow();
    } else if (result.errors().stream().allMatch(e -> e.code() == ErrorCode.INVALID_VALUE)) {
      // The technology queue without a number: the error goes next to the field.
      technologyError = t.get("queues.technologyRequired");
      page = Page.empty(false);
    } else {
      return Optional.empty();
    }
    List<PreReport> reports = page.items();
    Map<CaseId, List<DeadlineView>> due =
        reports.isEmpty()
            ? Map.of()
            : deadlines.ofCases(actor, reports.stream().map(PreReport::id).toList());
    List<Sorted> rows = new ArrayList<>();
    for (PreReport report : reports) {
      Optional<DeadlineView> next =
          due.getOrDefault(report.id(), List.of()).stream()
              .filter(view -> OPEN.contains(view.status()))
              .min(Comparator.comparing(view -> view.deadline().due()));
      rows.add(new Sorted(report, next, row(report, next, t)));
    }

    String base =
        "?queue="
            + parameterOf(queue)
            + (queue == DialogueQueue.BY_TECHNOLOGY ? "&technology=" + encode(technologyText) : "")
            + (search.isEmpty() ? "" : "&search=" + encode(search))
            + "&sort="
            + sort
            + "&order="
            + order;
    String next =
        page.hasNext() && !reports.isEmpty()
            ? ConsolePaths.QUEUES
                + base
                + "&after="
                + ConsoleCursors.preReport(reports.get(reports.size() - 1))
            : "";
    String first = after.isPresent() ? ConsolePaths.QUEUES + base : "";
    List<QueuePage.Tab> tabs = new ArrayList<>();
    for (DialogueQueue each : DialogueQueue.values()) {
      tabs.add(
          new QueuePage.Tab(
              t.label(each), ConsolePaths.QUEUES + "?queue=" + parameterOf(each), each == queue));
    }
    return Optional.of(
        new QueuePage(
            signedIn,
            tabs,
            t.label(queue),
            parameterOf(queue),
            queue == DialogueQueue.BY_TECHNOLOGY,
            technologyText,
            technologyError,
            search,
            sort,
            order,
            after.isPresent() ? query.after() : "",
            rows.stream().map(Sorted::row).toList(),
            next,
            first,
            "",
            ""));
  }

  private record Sorted(PreReport report, Optional<DeadlineView> next, QueuePage.Row row) {}

  /** The store's order for the page's sort and order: the queue is sorted across its pages. */
  static PreReportOrder orderOf(String sort, String order) {
    PreReportSort key =
        switch (sort) {
          case "due" -> PreReportSort.NEXT_DUE;
          case "reference" -> PreReportSort.REFERENCE;
          case "planned" -> PreReportSort.PLANNED;
          default -> PreReportSort.FILED;
        };
    return new PreReportOrder(key, "asc".equals(order) ? SortDirection.ASC : SortDirection.DESC);
  }

  private static QueuePage.Row row(PreReport report, Optional<DeadlineView> next, Texts t) {
    var form = report.form();
    return new QueuePage.Row(
        ConsolePaths.caseOf(report.id()),
        report.reference().toString(),
        t.label(report.state()),
        HomePages.technologies(form.technologyNumbers(), t),
        HomePages.counterparty(form),
        ConsoleDates.dateTime(report.submittedAt()),
        ConsoleDates.date(form.plannedDate()),
        next.map(view -> ConsoleDates.date(view.deadline().due())).orElse(t.get("queues.noDue")),
        next.map(view -> t.label(view.status()) + "：" + view.tracked().subject()).orElse(""),
        next.map(view -> view.status() == TrackedStatus.OVERDUE).orElse(false));
  }

  /** The queue named in the address ({@code mine}, {@code by-technology}, ...); mine by default. */
  static DialogueQueue queueOf(String parameter) {
    if (parameter != null) {
      for (DialogueQueue queue : DialogueQueue.values()) {
        if (parameterOf(queue).equals(parameter)) {
          return queue;
        }
      }
    }
    return DialogueQueue.MINE;
  }

  static String parameterOf(DialogueQueue queue) {
    return queue.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Integer technologyNumber(String text) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
