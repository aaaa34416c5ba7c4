package dev.taiwa.service.persistence.prereport;

import static dev.taiwa.service.testsupport.IdentityFixture.aStoredFiler;
import static dev.taiwa.service.testsupport.PreReportBuilder.aPreReport;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportScope;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.service.persistence.sql.SqlStatements;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pre-report list's {@code search} on the database under test: Japanese found by substring
 * whatever its width and kana, names in either script, the reference, the management measures,
 * words of every length; never beyond the caller's scope.
 */
@MicronautTest(transactional = false, startApplication = false)
class PreReportSearchContractTest extends DatabaseTest {
  @Inject PreReports preReports;
  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject SqlStatements sql;
  @Inject UnitOfWork unitOfWork;
  @Inject SearchTextBackfill backfill;

  private UserAccount sakuraFiler;
  private UserAccount otherFiler;
  private PreReport sakura;
  private PreReport othersSakura;
  private PreReport huaxing;

  @BeforeAll
  void storeReports() {
    sakuraFiler = aStoredFiler(organisations, users);
    otherFiler = aStoredFiler(organisations, users);
    sakura =
        stored(
            aPreReport(sakuraFiler)
                .counterparty("サクラデンシ株式会社", "Sakura Denshi K.K.")
                .description("ＬＴＣＣ焼成工程の製造技術")
                .measures("図面は施錠保管庫で管理する")
                .build());
    huaxing = stored(aPreReport(sakuraFiler).build());
    othersSakura =
        stored(
            aPreReport(otherFiler)
                .counterparty("サクラデンシ株式会社", "Sakura Denshi K.K.")
                .state(PreReportState.SUBMITTED)
                .build());
  }

  private PreReport stored(PreReport report) {
    preReports.insert(report);
    return report;
  }

  private List<PreReport> ownSearch(String words) {
    return search(PreReportScope.ownOrganisation(sakuraFiler.organisationId()), words);
  }

  private List<PreReport> search(PreReportScope scope, String words) {
    return preReports
        .search(scope, PreReportFilter.none().withSearch(words), new PageRequest(50, null))
        .items();
  }

  @Test
  void halfWidthKatakanaFindsTheNameFiledInFullWidth() {
    assertEquals(List.of(sakura), ownSearch("ｻｸﾗ ﾃﾞﾝｼ"));
    assertEquals(List.of(sakura), ownSearch("ｻｸﾗﾃﾞﾝｼ"));
  }

  @Test
  void hiraganaFindsTheKatakanaName() {
    assertEquals(List.of(sakura), ownSearch("さくらでんし"));
  }

  @Test
  void theRomanisedNameIsFoundWhateverItsCaseAndWidth() {
    assertEquals(List.of(sakura), ownSearch("sakura denshi"));
    assertEquals(List.of(sakura), ownSearch("ＳＡＫＵＲＡ"));
  }

  @Test
  void theReferenceNumberIsFound() {
    assertEquals(List.of(huaxing), ownSearch(huaxing.reference().value()));
  }

  @Test
  void theTechnologyDescriptionAndManagementMeasuresAreFound() {
    assertEquals(List.of(sakura), ownSearch("ltcc 焼成"));
    assertEquals(List.of(sakura), ownSearch("施錠保管"));
  }

  @Test
  void wordsShorterThanThreeCharactersStillMatch() {
    assertEquals(List.of(sakura), ownSearch("ｻｸ"));
    assertEquals(List.of(sakura), ownSearch("錠"));
  }

  @Test
  void everyWordMustMatch() {
    assertEquals(List.of(), ownSearch("サクラ 华星"));
  }

  @Test
  void aCompanyNeverFindsAnotherCompanysCase() {
    assertEquals(List.of(sakura), ownSearch("サクラデンシ"));
    assertEquals(
        List.of(othersSakura),
        search(PreReportScope.ownOrganisation(otherFiler.organisationId()), "サクラデンシ"));
  }

  @Test
  void anOfficialFindsEveryFiledCaseWithTheName() {
    assertEquals(
        Set.of(sakura, othersSakura),
        Set.copyOf(search(PreReportScope.filedOfEveryOrganisation(), "ｻｸﾗﾃﾞﾝｼ")));
  }

  @Test
  void anEditedFormIsFoundByItsNewTextOnly() {
    UserAccount filer = aStoredFiler(organisations, users);
    PreReport before = stored(aPreReport(filer).counterparty("ヒマワリ工業", "Himawari").build());
    PreReport after =
        new PreReport(
            before.id(),
            before.reference(),
            before.organisationId(),
            before.createdBy(),
            before.state(),
            aPreReport(filer).counterparty("アサガオ工業", "Asagao").build().form(),
            before.createdAt(),
            before.updatedAt(),
            before.submittedAt(),
            before.leadTime(),
            before.version() + 1);
    preReports.update(after);

    PreReportScope scope = PreReportScope.ownOrganisation(filer.organisationId());
    assertEquals(List.of(), search(scope, "ひまわり"));
    assertEquals(List.of(after), search(scope, "ｱｻｶﾞｵ"));
  }

  @Test
  void aReportStoredWithoutSearchTextIsFoundOnceBackFilled() {
    UserAccount filer = aStoredFiler(organisations, users);
    PreReport older = stored(aPreReport(filer).counterparty("スミレ化学", "Sumire").build());
    // As stored before V35: no search text, and on SQLite nothing in the trigram index either.
    unitOfWork.inTransaction(
        () -> {
          sql.update(
              "UPDATE pre_report SET search_text = NULL WHERE id = ?", older.id().toString());
          if (!TestDatabase.isPostgres()) {
            sql.update("DELETE FROM pre_report_search WHERE report_id = ?", older.id().toString());
          }
          return null;
        });
    PreReportScope scope = PreReportScope.ownOrganisation(filer.organisationId());
    assertEquals(List.of(), search(scope, "sumire"));

    backfill.fill();

    assertEquals(List.of(older), search(scope, "ｽﾐﾚ"));
    assertEquals(List.of(older), search(scope, "sumire"));
  }
}
