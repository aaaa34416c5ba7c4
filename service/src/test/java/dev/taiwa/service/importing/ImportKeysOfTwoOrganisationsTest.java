package dev.taiwa.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.context.BeanContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Import keys of pre-reports are each filer's own numbering: two companies whose spreadsheets both
 * number their rows "1", "2", "R-003" both get all their rows, and each re-running its own file
 * imports nothing new. Patent application numbers are nationwide: an application imported by one
 * examiner is already imported for an examiner of another office.
 */
@MicronautTest(transactional = false)
class ImportKeysOfTwoOrganisationsTest extends DatabaseTest {
  private static final List<String> KEYS = List.of("1", "2", "R-003");

  @Inject BeanContext beans;
  @Inject PatentRows patents;
  @Inject UnitOfWork unitOfWork;
  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject DataSource dataSource;

  private World world;
  private ImportRunner imports;
  private final Organisation patentOffice =
      new Organisation(OrganisationId.random(), "特許庁", OrganisationKind.GOVERNMENT);

  @BeforeAll
  void people() {
    world = new World(organisations, users, hasher);
    imports = new ImportRunner(beans);
    organisations.insert(patentOffice);
    world.user("k-alpha", world.alpha, Role.FILER);
    world.user("k-beta", world.beta, Role.FILER);
    world.user("k-examiner-meti", world.meti, Role.PATENT_EXAMINER);
    world.user("k-examiner-jpo", patentOffice, Role.PATENT_EXAMINER);
  }

  @Test
  void twoCompaniesWithTheSameKeysBothGetAllTheirRowsAndEachRerunImportsNothingNew() {
    ImportSummary alpha = imports.preReports("k-alpha", KEYS, "アルファ");
    assertEquals(KEYS.size(), alpha.created(), alpha.problems().toString());

    ImportSummary beta = imports.preReports("k-beta", KEYS, "ベータ");
    assertEquals(KEYS.size(), beta.created(), "another company's same keys are new rows: " + beta);
    assertEquals(0, beta.alreadyImported());
    assertEquals(KEYS.size(), reportsOf(world.alpha), "alpha's reports stay alpha's");
    assertEquals(KEYS.size(), reportsOf(world.beta), "beta's rows are all written, as beta's");

    for (String filer : List.of("k-alpha", "k-beta")) {
      ImportSummary again = imports.preReports(filer, KEYS, "再実行");
      assertEquals(0, again.created(), filer + " re-runs its file: " + again);
      assertEquals(KEYS.size(), again.alreadyImported(), filer);
    }
    assertEquals(KEYS.size(), reportsOf(world.alpha));
    assertEquals(KEYS.size(), reportsOf(world.beta));
  }

  @Test
  void aPatentApplicationNumberImportedByOneExaminerIsAlreadyImportedForAnother() {
    String file =
        """
        [{"applicationNumber": "2026-004711", "filingDate": "2026-06-02",
          "applicants": ["%s"], "title": "偽装技術", "ipcCodes": ["F41H 3/00"], "route": "DIRECT"}]
        """
            .formatted(world.alpha.name());

    ImportSummary first = imports.run(patents, "k-examiner-meti", "patents.json", file);
    assertEquals(1, first.created(), first.problems().toString());

    ImportSummary other = imports.run(patents, "k-examiner-jpo", "patents.json", file);
    assertEquals(0, other.created(), other.toString());
    assertEquals(1, other.alreadyImported(), "the number is the nationwide key");
    assertEquals(1, count("SELECT COUNT(*) FROM patent_application", null));
  }

  private long reportsOf(Organisation organisation) {
    return count(
        "SELECT COUNT(*) FROM pre_report WHERE organisation_id = ?", organisation.id().toString());
  }

  private long count(String sql, String parameter) {
    return unitOfWork.readOnly(
        () -> {
          try (Connection connection = dataSource.getConnection();
              PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
              statement.setString(1, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
              result.next();
              return result.getLong(1);
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
