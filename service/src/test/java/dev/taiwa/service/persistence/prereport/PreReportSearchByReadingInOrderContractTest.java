package dev.taiwa.service.persistence.prereport;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;

/**
 * The search contract again on SQLite with every word that any report holds taken as common ({@code
 * taiwa.search.common-word-reports} = 1), so words are matched while the list is read in order
 * instead of through the trigram table: both ways find the same reports ({@link SearchWordProbe}).
 * PostgreSQL has one way only, which the contract test runs.
 */
@MicronautTest(transactional = false, startApplication = false)
class PreReportSearchByReadingInOrderContractTest extends PreReportSearchContractTest {
  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("taiwa.search.common-word-reports", "1");
    return properties;
  }

  @BeforeAll
  void onSqliteOnly() {
    assumeFalse(TestDatabase.isPostgres());
  }
}
