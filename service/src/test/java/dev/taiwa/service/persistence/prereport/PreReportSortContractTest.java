package dev.taiwa.service.persistence.prereport;

import static dev.taiwa.service.testsupport.IdentityFixture.aStoredFiler;
import static dev.taiwa.service.testsupport.PreReportBuilder.aPreReport;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.dialogue.model.DialogueQueue;
import dev.taiwa.cases.dialogue.port.DialogueQueueSelection;
import dev.taiwa.cases.dialogue.port.DialogueQueues;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.model.ReferenceNumber;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportScope;
import dev.taiwa.cases.prereport.port.PreReportSort;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.cases.prereport.port.SortDirection;
import dev.taiwa.service.persistence.sql.SqlStatements;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sort of the pre-report list and the dialogue queue, in both directions, walked two reports
 * a page through the keyset cursor: the pages together hold each report once, in the order the sort
 * key says (ties by id, a missing date after every date), on the database under test.
 */
@MicronautTest(transactional = false, startApplication = false)
class PreReportSortContractTest extends DatabaseTest {
  private static final String NO_DATE = "9999-12-31";

  @Inject PreReports preReports;
  @Inject DialogueQueues queues;
  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject SqlStatements sql;
  @Inject UnitOfWork unitOfWork;

  private UserAccount filer;
  private final List<PreReport> stored = new ArrayList<>();
  private final Map<UUID, String> nextDue = new HashMap<>();

  @BeforeAll
  void storeReports() {
    filer = aStoredFiler(organisations, users);
    Instant base = Instant.parse("2026-03-01T00:00:00Z");
    // created, filed (hours after base; -1: a draft), planned (day of June; 0: none), reference
    int[][] shapes = {
      {1, 30, 10, 905}, {2, 5, 3, 901}, {3, 5, 3, 907}, {4, 12, 0, 903},
      {5, -1, 0, 902}, {6, 40, 25, 906}, {7, 20, 10, 904}, {8, 1, 18, 908}
    };
    for (int[] shape : shapes) {
      PreReport report =
          aPreReport(filer)
              .createdAt(base.plusSeconds(shape[0] * 60L))
              .submittedAt(shape[1] < 0 ? null : base.plusSeconds(shape[1] * 3600L))
              .state(shape[1] < 0 ? PreReportState.DRAFT : PreReportState.SUBMITTED)
              .plannedDate(shape[2] == 0 ? null : LocalDate.of(2026, 6, shape[2]))
              .reference(ReferenceNumber.of("PR", 2026, shape[3]))
              .build();
      preReports.insert(report);
      stored.add(report);
    }
    // Open, met and cancelled deadlines: only open ones count, the earliest of them.
    deadline(stored.get(0), "2026-07-10", null, null);
    deadline(stored.get(0), "2026-07-02", "2026-06-30", null);
    deadline(stored.get(1), "2026-07-05", null, null);
    deadline(stored.get(1), "2026-08-01", null, null);
    deadline(stored.get(2), "2026-07-05", null, null);
    deadline(stored.get(3), "2026-06-20", null, "2026-06-01");
    deadline(stored.get(5), "2026-09-01", null, null);
    nextDue.put(stored.get(0).id().value(), "2026-07-10");
    nextDue.put(stored.get(1).id().value(), "2026-07-05");
    nextDue.put(stored.get(2).id().value(), "2026-07-05");
    nextDue.put(stored.get(5).id().value(), "2026-09-01");
  }

  private void deadline(PreReport report, String due, String metOn, String cancelledOn) {
    unitOfWork.inTransaction(
        () ->
            sql.update(
                "INSERT INTO case_deadline (id, case_id, case_kind, subject, rule_name, amount,"
                    + " start_date, first_day_counted, start_event_en, start_event_ja, obligor,"
                    + " due_date, met_on, cancelled_on, cancel_reason, reminders_sent, version)"
                    + " VALUES (?, ?, 'PRE_REPORT', ?, 'TEST', 10, '2026-06-01', 0, 'test',"
                    + " 'テスト', 'OFFICIALS', ?, ?, ?, ?, '', 1)",
                UUID.randomUUID().toString(),
                report.id().toString(),
                "subject " + due,
                due,
                metOn,
                cancelledOn,
                cancelledOn == null ? null : "test"));
  }

  static Stream<Arguments> orders() {
    return Stream.of(PreReportSort.values())
        .flatMap(
            sort ->
                Stream.of(SortDirection.values())
                    .map(direction -> Arguments.of(new PreReportOrder(sort, direction))));
  }

  private Comparator<PreReport> expected(PreReportOrder order) {
    Function<PreReport, String> key =
        switch (order.sort()) {
          case CREATED -> r -> String.format("%020d", r.createdAt().toEpochMilli());
          case FILED ->
              r ->
                  String.format(
                      "%020d",
                      (r.submittedAt() == null ? r.createdAt() : r.submittedAt()).toEpochMilli());
          case PLANNED ->
              r -> r.form().plannedDate() == null ? NO_DATE : r.form().plannedDate().toString();
          case NEXT_DUE -> r -> nextDue.getOrDefault(r.id().value(), NO_DATE);
          case REFERENCE -> r -> r.reference().value();
        };
    Comparator<PreReport> ascending =
        Comparator.comparing(key).thenComparing(r -> r.id().toString());
    return order.ascending() ? ascending : ascending.reversed();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("orders")
  void theListPagesThroughEveryReportInOrder(PreReportOrder order) {
    List<PreReport> walked =
        walk(
            after ->
                preReports.search(
                    PreReportScope.ownOrganisation(filer.organisationId()),
                    PreReportFilter.none(),
                    order,
                    new PageRequest(2, after)));

    assertEquals(ids(stored.stream().sorted(expected(order)).toList()), ids(walked));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("orders")
  void theDialogueQueuePagesThroughItsCasesInOrder(PreReportOrder order) {
    DialogueQueueSelection unassigned =
        new DialogueQueueSelection(
            DialogueQueue.UNASSIGNED,
            EnumSet.of(PreReportState.SUBMITTED),
            new UserId(UUID.randomUUID()),
            null,
            LocalDate.of(2026, 6, 1));
    List<PreReport> walked =
        walk(after -> queues.list(unassigned, order, new PageRequest(3, after)));

    List<PreReport> filed =
        stored.stream().filter(r -> r.state() == PreReportState.SUBMITTED).toList();
    assertEquals(ids(filed.stream().sorted(expected(order)).toList()), ids(walked));
  }

  private static List<PreReport> walk(Function<PageRequest.Position, Page<PreReport>> pages) {
    List<PreReport> walked = new ArrayList<>();
    PageRequest.Position after = null;
    while (true) {
      Page<PreReport> page = pages.apply(after);
      walked.addAll(page.items());
      if (!page.hasNext()) {
        return walked;
      }
      PreReport last = page.items().get(page.items().size() - 1);
      after = new PageRequest.Position(last.createdAt(), last.id().value());
    }
  }

  private static List<String> ids(List<PreReport> reports) {
    return reports.stream().map(r -> r.reference().value()).toList();
  }
}
