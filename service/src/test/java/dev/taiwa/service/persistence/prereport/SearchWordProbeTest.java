package dev.taiwa.service.persistence.prereport;

import static dev.taiwa.service.testsupport.IdentityFixture.aStoredFiler;
import static dev.taiwa.service.testsupport.PreReportBuilder.aPreReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which words SQLite finds through its trigram table: those that fewer reports hold together than
 * {@code taiwa.search.common-word-reports} (here 2), whatever their width or kana; on PostgreSQL
 * none.
 */
@MicronautTest(transactional = false, startApplication = false)
class SearchWordProbeTest extends DatabaseTest {
  @Inject SearchWordProbe probe;
  @Inject PreReports preReports;
  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject UnitOfWork unitOfWork;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("taiwa.search.common-word-reports", "2");
    return properties;
  }

  @BeforeAll
  void storeReports() {
    UserAccount filer = aStoredFiler(organisations, users);
    preReports.insert(aPreReport(filer).counterparty("ヒマワリ工業", "Himawari Kogyo").build());
    preReports.insert(aPreReport(filer).counterparty("ヒマワリ化学", "Himawari Kagaku").build());
    preReports.insert(aPreReport(filer).counterparty("アサガオ工業", "Asagao Kogyo").build());
  }

  private boolean throughTheTable(String... words) {
    List<String> normalised = Arrays.stream(words).map(SearchText::normalise).toList();
    return unitOfWork.readOnly(() -> probe.index().finds(normalised));
  }

  @Test
  void wordsFewerReportsHoldThanTheLimitAreFoundThroughTheTable() {
    boolean sqlite = !TestDatabase.isPostgres();
    assertEquals(sqlite, throughTheTable("asagao"));
    assertEquals(sqlite, throughTheTable("ｱｻｶﾞｵ"));
    assertEquals(sqlite, throughTheTable("no report holds this"));
  }

  @Test
  void wordsAsManyReportsHoldAsTheLimitAreMatchedWhileTheListIsRead() {
    assertFalse(throughTheTable("himawari"));
    assertFalse(throughTheTable("ひまわり"));
    assertFalse(throughTheTable("kogyo"));
    assertFalse(throughTheTable("himawari", "ヒマワリ"));
  }

  @Test
  void commonWordsSeldomFoundTogetherAreRareTogether() {
    boolean sqlite = !TestDatabase.isPostgres();
    assertEquals(sqlite, throughTheTable("himawari", "kogyo"));
    assertEquals(sqlite, throughTheTable("himawari", "asagao"));
  }
}
