package dev.taiwa.service.persistence.prereport;

import static dev.taiwa.service.testsupport.IdentityFixture.aStoredFiler;
import static dev.taiwa.service.testsupport.PreReportBuilder.aPreReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportScope;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.PreReportBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class PreReportsContractTest extends DatabaseTest {
  private static final PageRequest FIRST_50 = new PageRequest(50, null);

  @Inject PreReports preReports;
  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject dev.taiwa.cases.kernel.UnitOfWork unitOfWork;
  @Inject dev.taiwa.service.persistence.sql.SqlStatements sql;

  private UserAccount filer() {
    return aStoredFiler(organisations, users);
  }

  private PreReport stored(PreReport report) {
    preReports.insert(report);
    return report;
  }

  private List<PreReport> ownReports(UserAccount filer, PreReportFilter filter) {
    return preReports
        .search(PreReportScope.ownOrganisation(filer.organisationId()), filter, FIRST_50)
        .items();
  }

  private static PreReportFilter filter() {
    return PreReportFilter.none();
  }

  /**
   * A report with every field set comes back equal through each read: by id, by ids and in a page
   * (each column is read at its position in the select list, so a column read at another's place
   * would show here).
   */
  @Test
  void aStoredReportComesBackWithEveryFieldExactToTheMillisecondThroughEveryRead() {
    UserAccount filer = filer();
    PreReport report =
        aPreReport(filer)
            .technologies(12, 1, 3)
            .counterparty("𠮷祥電子股份有限公司", "Jixiang Electronics")
            .plannedDate(LocalDate.of(2026, 12, 31))
            .lateExplanation("契約日が急に早まったため。")
            .createdAt(Instant.parse("2026-04-07T01:02:03.456Z"))
            .submittedAt(Instant.parse("2026-04-08T23:59:59.999Z"))
            .version(3)
            .build();
    assertEveryFieldSet(report);

    preReports.insert(report);

    assertEquals(report, preReports.find(report.id()).orElseThrow());
    assertEquals(List.of(report), preReports.findAll(List.of(report.id())));
    assertEquals(List.of(report), ownReports(filer, filter()));
  }

  /** Guards the test above: a field added to the report but left unset there fails it here. */
  private static void assertEveryFieldSet(Object value) {
    if (value == null) {
      throw new AssertionError("a field of the report is not set");
    }
    if (value instanceof Record record) {
      for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          assertEveryFieldSet(component.getAccessor().invoke(record));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  @Test
  void anEmptyDraftComesBackEmpty() {
    UserAccount filer = filer();
    PreReport built = aPreReport(filer).state(PreReportState.DRAFT).build();
    PreReport draft =
        new PreReport(
            built.id(),
            built.reference(),
            built.organisationId(),
            built.createdBy(),
            PreReportState.DRAFT,
            PreReportForm.empty(),
            built.createdAt(),
            built.createdAt(),
            null,
            null,
            1);

    preReports.insert(draft);

    assertEquals(draft, preReports.find(draft.id()).orElseThrow());
  }

  @Test
  void anUnknownIdFindsNothing() {
    assertTrue(preReports.find(CaseId.random()).isEmpty());
  }

  @Test
  void findAllReturnsTheReportsThatExistAmongTheIds() {
    UserAccount filer = filer();
    PreReport first = stored(aPreReport(filer).technologies(2, 5).build());
    PreReport second = stored(aPreReport(filer).build());

    List<PreReport> found =
        preReports.findAll(List.of(first.id(), CaseId.random(), second.id(), first.id()));

    assertEquals(Set.of(first, second), new HashSet<>(found));
    assertEquals(2, found.size());
    assertTrue(preReports.findAll(List.of()).isEmpty());
  }

  @Test
  void anUpdateFromTheStoredVersionReplacesTheReportAndItsTechnologies() {
    PreReport original = stored(aPreReport(filer()).technologies(1, 2).version(1).build());
    PreReport changed =
        aPreReportLike(original, PreReportState.UNDER_REVIEW, List.of(7), original.version() + 1);

    preReports.update(changed);

    assertEquals(changed, preReports.find(original.id()).orElseThrow());
  }

  @Test
  void withinOneTransactionAReportWrittenThenFoundAndChangedIsStoredAsAfterwardsRead() {
    PreReport original =
        aPreReport(filer())
            .technologies(4, 2)
            .createdAt(Instant.parse("2026-04-07T01:02:03.456Z"))
            .version(1)
            .build();
    PreReport sameTechnologies =
        aPreReportLike(original, PreReportState.SUBMITTED, List.of(4, 2), 2);
    PreReport otherTechnologies =
        aPreReportLike(original, PreReportState.UNDER_REVIEW, List.of(9), 3);

    PreReport foundInside =
        unitOfWork.inTransaction(
            () -> {
              preReports.insert(original);
              PreReport found = preReports.find(original.id()).orElseThrow();
              preReports.update(sameTechnologies);
              preReports.update(otherTechnologies);
              return found;
            });

    assertEquals(original, foundInside);
    assertEquals(otherTechnologies, preReports.find(original.id()).orElseThrow());
    assertEquals(
        List.of(otherTechnologies),
        preReports.findAll(List.of(original.id())),
        "the technologies changed in the same transaction are stored");
  }

  /**
   * An update after an insert in the same transaction writes only the columns that changed: every
   * changed field, its search text and its state's total are stored all the same.
   */
  @Test
  void withinOneTransactionAnUpdateOfEveryKindOfFieldIsStoredAndFoundByItsNewText() {
    UserAccount filer = filer();
    PreReport draft =
        aPreReport(filer)
            .state(PreReportState.DRAFT)
            .counterparty("旧社名工業", "Kyu Kogyo")
            .description("旧い説明 lathe")
            .plannedDate(LocalDate.of(2026, 6, 1))
            .version(1)
            .build();
    PreReport other =
        aPreReport(filer)
            .counterparty("新星精密", "Shinsei Precision")
            .country("VN")
            .description("新しい説明 furnace")
            .measures("施錠した書庫で管理する。")
            .plannedDate(LocalDate.of(2026, 9, 30))
            .submittedAt(Instant.parse("2026-04-02T03:04:05.678Z"))
            .technologies(3, 5)
            .build();
    PreReport submitted =
        new PreReport(
            draft.id(),
            draft.reference(),
            draft.organisationId(),
            draft.createdBy(),
            PreReportState.SUBMITTED,
            other.form(),
            draft.createdAt(),
            draft.updatedAt().plusSeconds(5),
            other.submittedAt(),
            other.leadTime(),
            2);

    unitOfWork.inTransaction(
        () -> {
          preReports.insert(draft);
          preReports.update(submitted);
          return null;
        });

    assertEquals(submitted, preReports.find(draft.id()).orElseThrow());
    assertEquals(List.of(submitted), ownReports(filer, text("furnace")));
    assertEquals(List.of(), ownReports(filer, text("lathe")));
    assertEquals(List.of(submitted), ownReports(filer, text("新星精密")));
    PreReportScope own = PreReportScope.ownOrganisation(filer.organisationId());
    assertEquals(
        0,
        preReports
            .search(
                own,
                new PreReportFilter(
                    Set.of(PreReportState.DRAFT), null, null, null, null, null, null),
                FIRST_50)
            .totalCount());
  }

  /**
   * New reports are held until the transaction's next other statement: whatever that statement
   * reads (here hand-written SQL no store knows of) already sees them, technologies included.
   */
  @Test
  void withinOneTransactionAnyLaterStatementSeesTheReportsInsertedBefore() {
    UserAccount filer = filer();
    PreReport first = aPreReport(filer).technologies(3, 1).build();
    PreReport second = aPreReport(filer).technologies(2).build();

    List<Long> seen =
        unitOfWork
            .inTransaction(
                () -> {
                  preReports.insert(first);
                  preReports.insert(second);
                  return sql.query(
                      "SELECT (SELECT COUNT(*) FROM pre_report WHERE organisation_id = ?),"
                          + " (SELECT COUNT(*) FROM pre_report_technology WHERE report_id IN (?, ?))",
                      row -> List.of(row.getLong(1), row.getLong(2)),
                      filer.organisationId().toString(),
                      first.id().toString(),
                      second.id().toString());
                })
            .get(0);

    assertEquals(List.of(2L, 3L), seen);
    assertEquals(
        Set.of(first, second), new HashSet<>(preReports.findAll(List.of(first.id(), second.id()))));
  }

  @Test
  void aTransactionThatFailsAfterInsertingStoresNoneOfItsReports() {
    PreReport report = aPreReport(filer()).technologies(5).build();

    assertThrows(
        IllegalStateException.class,
        () ->
            unitOfWork.inTransaction(
                () -> {
                  preReports.insert(report);
                  throw new IllegalStateException("the use case failed after its insert");
                }));

    assertTrue(preReports.find(report.id()).isEmpty());
    assertEquals(
        List.of(0L),
        unitOfWork.readOnly(
            () ->
                sql.query(
                    "SELECT COUNT(*) FROM pre_report_technology WHERE report_id = ?",
                    row -> row.getLong(1),
                    report.id().toString())));
  }

  @Test
  void withinOneTransactionAnUpdateOfANewReportFromAnotherVersionIsRefused() {
    PreReport draft = aPreReport(filer()).version(1).build();
    PreReport skipping = aPreReportLike(draft, PreReportState.SUBMITTED, List.of(1), 3);

    assertThrows(
        ConcurrentChangeException.class,
        () ->
            unitOfWork.inTransaction(
                () -> {
                  preReports.insert(draft);
                  preReports.update(skipping);
                  return null;
                }));
    assertTrue(preReports.find(draft.id()).isEmpty());
  }

  @Test
  void anUpdateFromAStaleVersionIsRefusedAndChangesNothing() {
    PreReport original = stored(aPreReport(filer()).technologies(1).version(4).build());
    PreReport first = aPreReportLike(original, PreReportState.UNDER_REVIEW, List.of(2), 5);
    PreReport concurrent = aPreReportLike(original, PreReportState.WITHDRAWN, List.of(3), 5);
    preReports.update(first);

    assertThrows(ConcurrentChangeException.class, () -> preReports.update(concurrent));
    assertEquals(first, preReports.find(original.id()).orElseThrow());
  }

  @Test
  void anUpdateOfAReportNeverStoredIsRefused() {
    PreReport ghost = aPreReport(filer()).version(2).build();

    assertThrows(ConcurrentChangeException.class, () -> preReports.update(ghost));
  }

  @Test
  void searchFiltersByState() {
    UserAccount filer = filer();
    PreReport draft = stored(aPreReport(filer).state(PreReportState.DRAFT).build());
    PreReport inDialogue = stored(aPreReport(filer).state(PreReportState.IN_DIALOGUE).build());
    stored(aPreReport(filer).state(PreReportState.SUBMITTED).build());

    List<PreReport> found =
        ownReports(
            filer,
            new PreReportFilter(
                Set.of(PreReportState.DRAFT, PreReportState.IN_DIALOGUE),
                null,
                null,
                null,
                null,
                null,
                null));

    assertEquals(Set.of(draft, inDialogue), new HashSet<>(found));
  }

  @Test
  void searchFiltersByAnyOfTheReportsTechnologies() {
    UserAccount filer = filer();
    PreReport withSix = stored(aPreReport(filer).technologies(2, 6).build());
    stored(aPreReport(filer).technologies(2, 16).build());

    List<PreReport> found =
        ownReports(filer, new PreReportFilter(null, 6, null, null, null, null, null));

    assertEquals(List.of(withSix), found);
  }

  @Test
  void searchFiltersByDestinationCountry() {
    UserAccount filer = filer();
    PreReport toVietnam = stored(aPreReport(filer).country("VN").build());
    stored(aPreReport(filer).country("CN").build());

    List<PreReport> found =
        ownReports(filer, new PreReportFilter(null, null, "VN", null, null, null, null));

    assertEquals(List.of(toVietnam), found);
  }

  @Test
  void searchFiltersByOrganisation() {
    UserAccount mine = filer();
    UserAccount theirs = filer();
    PreReport own = stored(aPreReport(mine).build());
    stored(aPreReport(theirs).build());

    Page<PreReport> page =
        preReports.search(
            PreReportScope.filedOfEveryOrganisation(),
            new PreReportFilter(null, null, null, mine.organisationId(), null, null, null),
            FIRST_50);

    assertEquals(List.of(own), page.items());
    assertEquals(1, page.totalCount());
  }

  @Test
  void searchFiltersByAnInclusivePlannedDateRange() {
    UserAccount filer = filer();
    stored(aPreReport(filer).plannedDate(LocalDate.of(2026, 4, 30)).build());
    PreReport onFrom = stored(aPreReport(filer).plannedDate(LocalDate.of(2026, 5, 1)).build());
    PreReport onTo = stored(aPreReport(filer).plannedDate(LocalDate.of(2026, 5, 31)).build());
    stored(aPreReport(filer).plannedDate(LocalDate.of(2026, 6, 1)).build());

    List<PreReport> found =
        ownReports(
            filer,
            new PreReportFilter(
                null, null, null, null, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), null));

    assertEquals(Set.of(onFrom, onTo), new HashSet<>(found));
  }

  @Test
  void searchMatchesTextCaseInsensitivelyInNamesAndDescription() {
    UserAccount filer = filer();
    PreReport byOriginal = stored(aPreReport(filer).counterparty("𠮷祥科技", "Jixiang").build());
    PreReport byRomanised = stored(aPreReport(filer).counterparty("星光", "SEOKWANG Chem").build());
    PreReport byDescription = stored(aPreReport(filer).description("Seokwang 向け焼成炉").build());
    stored(aPreReport(filer).counterparty("其他", "Other").description("nothing").build());

    assertEquals(List.of(byOriginal), ownReports(filer, text("𠮷祥")));
    assertEquals(
        Set.of(byRomanised, byDescription), new HashSet<>(ownReports(filer, text("seokWang"))));
  }

  @Test
  void searchTreatsLikeWildcardsInTheTextLiterally() {
    UserAccount filer = filer();
    PreReport percent = stored(aPreReport(filer).description("yield 100% guaranteed").build());
    stored(aPreReport(filer).description("yield 1000 units").build());

    assertEquals(List.of(percent), ownReports(filer, text("100%")));
    assertEquals(List.of(), ownReports(filer, text("yield_1")));
  }

  @Test
  void ownOrganisationScopeNeverReturnsOrCountsAnotherOrganisationsReports() {
    UserAccount mine = filer();
    UserAccount theirs = filer();
    PreReport own = stored(aPreReport(mine).technologies(9).build());
    stored(aPreReport(theirs).technologies(9).build());
    stored(aPreReport(theirs).technologies(9).build());

    Page<PreReport> page =
        preReports.search(
            PreReportScope.ownOrganisation(mine.organisationId()),
            new PreReportFilter(null, 9, null, theirs.organisationId(), null, null, null),
            FIRST_50);
    Page<PreReport> unfiltered =
        preReports.search(
            PreReportScope.ownOrganisation(mine.organisationId()), filter(), FIRST_50);

    assertEquals(List.of(), page.items());
    assertEquals(0, page.totalCount());
    assertEquals(List.of(own), unfiltered.items());
    assertEquals(1, unfiltered.totalCount());
  }

  @Test
  void theOfficialsScopeNeverReturnsOrCountsADraft() {
    UserAccount company = filer();
    PreReport filed = stored(aPreReport(company).technologies(17).build());
    stored(aPreReport(company).technologies(17).state(PreReportState.DRAFT).build());

    Page<PreReport> page =
        preReports.search(
            PreReportScope.filedOfEveryOrganisation(),
            new PreReportFilter(null, 17, null, company.organisationId(), null, null, null),
            FIRST_50);

    assertEquals(List.of(filed), page.items());
    assertEquals(1, page.totalCount());
  }

  @Test
  void aUnionScopeShowsTheOwnDraftsAndEveryonesFiledReports() {
    UserAccount mine = filer();
    UserAccount theirs = filer();
    PreReport ownDraft =
        stored(aPreReport(mine).technologies(18).state(PreReportState.DRAFT).build());
    PreReport theirFiled = stored(aPreReport(theirs).technologies(18).build());
    stored(aPreReport(theirs).technologies(18).state(PreReportState.DRAFT).build());

    Page<PreReport> page =
        preReports.search(
            new PreReportScope(mine.organisationId(), true),
            new PreReportFilter(null, 18, null, null, null, null, null),
            FIRST_50);

    assertEquals(Set.of(ownDraft, theirFiled), new HashSet<>(page.items()));
    assertEquals(2, page.totalCount());
  }

  @Test
  void nothingScopeFindsAndCountsNothing() {
    stored(aPreReport(filer()).build());

    Page<PreReport> page = preReports.search(PreReportScope.nothing(), filter(), FIRST_50);

    assertEquals(new Page<PreReport>(List.of(), false, 0), page);
  }

  @Test
  void keysetPagingWalksNewestFirstWithoutDuplicatesOrGaps() {
    UserAccount filer = filer();
    Instant base = Instant.parse("2026-03-01T10:00:00.001Z");
    List<PreReport> all = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      // Pairs share a creation instant, so the id must break the tie.
      all.add(stored(aPreReport(filer).createdAt(base.plusMillis(i / 2)).build()));
    }
    all.sort(
        Comparator.comparing(PreReport::createdAt)
            .thenComparing(r -> r.id().toString())
            .reversed());
    PreReportScope scope = PreReportScope.ownOrganisation(filer.organisationId());

    List<PreReport> walked = new ArrayList<>();
    List<Boolean> hasNext = new ArrayList<>();
    PageRequest.Position after = null;
    do {
      Page<PreReport> page = preReports.search(scope, filter(), new PageRequest(3, after));
      assertEquals(7, page.totalCount());
      walked.addAll(page.items());
      hasNext.add(page.hasNext());
      PreReport last = page.items().get(page.items().size() - 1);
      after = new PageRequest.Position(last.createdAt(), last.id().value());
    } while (hasNext.get(hasNext.size() - 1));

    assertEquals(all, walked);
    assertEquals(List.of(true, true, false), hasNext);
  }

  @Test
  void aPageEndingExactlyAtTheLastReportSaysNothingFollows() {
    UserAccount filer = filer();
    stored(aPreReport(filer).build());
    stored(aPreReport(filer).build());

    Page<PreReport> page =
        preReports.search(
            PreReportScope.ownOrganisation(filer.organisationId()),
            filter(),
            new PageRequest(2, null));

    assertEquals(2, page.items().size());
    assertFalse(page.hasNext());
  }

  @Test
  void theTotalOfAScopeAndStatesFollowsEveryChangeOfState() {
    UserAccount filer = filer();
    UserAccount otherFiler = filer();
    PreReport draft =
        stored(aPreReport(filer).state(PreReportState.DRAFT).technologies(4).version(1).build());
    stored(aPreReport(filer).state(PreReportState.SUBMITTED).build());
    stored(aPreReport(otherFiler).state(PreReportState.SUBMITTED).build());
    PreReportScope own = PreReportScope.ownOrganisation(filer.organisationId());
    PreReportFilter submitted =
        new PreReportFilter(Set.of(PreReportState.SUBMITTED), null, null, null, null, null, null);
    assertEquals(1, preReports.search(own, submitted, FIRST_50).totalCount());

    preReports.update(aPreReportLike(draft, PreReportState.SUBMITTED, List.of(4), 2));

    Page<PreReport> ownSubmitted = preReports.search(own, submitted, FIRST_50);
    assertEquals(2, ownSubmitted.totalCount());
    assertEquals(2, ownSubmitted.items().size());
    assertEquals(2, preReports.search(own, filter(), FIRST_50).totalCount());
    PreReportScope both =
        PreReportScope.ownOrganisation(otherFiler.organisationId())
            .union(PreReportScope.filedOfEveryOrganisation());
    long shown = 0;
    PageRequest.Position after = null;
    Page<PreReport> page;
    do {
      page = preReports.search(both, filter(), new PageRequest(100, after));
      shown += page.items().size();
      PreReport last = page.items().get(page.items().size() - 1);
      after = new PageRequest.Position(last.createdAt(), last.id().value());
    } while (page.hasNext());
    assertEquals(shown, page.totalCount());
  }

  @Test
  void aPageAskedWithoutItsTotalIsTheSamePageUncounted() {
    UserAccount filer = filer();
    for (int i = 0; i < 3; i++) {
      stored(aPreReport(filer).build());
    }
    PreReportScope scope = PreReportScope.ownOrganisation(filer.organisationId());

    Page<PreReport> counted = preReports.search(scope, filter(), new PageRequest(2, null));
    Page<PreReport> uncounted =
        preReports.search(scope, filter(), new PageRequest(2, null).withoutTotal());

    assertEquals(OptionalLong.of(3), counted.total());
    assertEquals(Page.uncounted(counted.items(), true), uncounted);
  }

  private static PreReportFilter text(String text) {
    return new PreReportFilter(null, null, null, null, null, null, text);
  }

  /** {@code original} as a later change stores it, to the same country. */
  private static PreReport aPreReportLike(
      PreReport original, PreReportState state, List<Integer> technologies, long version) {
    return PreReportBuilder.aPreReportLike(
        original, state, technologies, original.form().counterparty().countryCode(), version);
  }
}
