package dev.taiwa.service.persistence.kernel;

import static dev.taiwa.service.testsupport.IdentityFixture.aFilerOf;
import static dev.taiwa.service.testsupport.IdentityFixture.anOrganisation;
import static dev.taiwa.service.testsupport.PreReportBuilder.aPreReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.cases.prereport.port.ReferenceNumbers;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class UnitOfWorkContractTest extends DatabaseTest {
  @Inject UnitOfWork unitOfWork;
  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PreReports preReports;
  @Inject ReferenceNumbers referenceNumbers;
  @Inject AuditLog auditLog;

  @Test
  void aTransactionThatThrowsAfterWritingLeavesNothingBehind() {
    Organisation organisation = anOrganisation();
    UserAccount filer = aFilerOf(organisation.id());
    PreReport report = aPreReport(filer).build();
    long organisationsBefore = organisations.count();

    assertThrows(
        IllegalStateException.class,
        () ->
            unitOfWork.inTransaction(
                () -> {
                  organisations.insert(organisation);
                  users.insert(filer);
                  preReports.insert(report);
                  auditLog.append(
                      new AuditEntry(
                          Instant.now(),
                          filer.id(),
                          filer.username(),
                          organisation.id(),
                          report.id(),
                          "CREATE_DRAFT",
                          AuditOutcome.ACCEPTED,
                          "created"));
                  throw new IllegalStateException("failed after every write");
                }));

    assertEquals(organisationsBefore, organisations.count());
    assertTrue(users.find(filer.id()).isEmpty());
    assertTrue(preReports.find(report.id()).isEmpty());
    assertTrue(auditLog.trail(report.id()).isEmpty());
  }

  @Test
  void everyWriteOfACommittedTransactionIsKept() {
    Organisation organisation = anOrganisation();
    UserAccount filer = aFilerOf(organisation.id());
    PreReport report = aPreReport(filer).build();

    unitOfWork.inTransaction(
        () -> {
          organisations.insert(organisation);
          users.insert(filer);
          preReports.insert(report);
          return null;
        });

    assertEquals(report, preReports.find(report.id()).orElseThrow());
  }

  @Test
  void aReadOnlyTransactionReadsButRefusesToWrite() {
    Organisation stored = anOrganisation();
    organisations.insert(stored);
    Organisation refused = anOrganisation();

    Organisation read = unitOfWork.readOnly(() -> organisations.find(stored.id()).orElseThrow());
    assertThrows(
        RuntimeException.class, () -> unitOfWork.readOnly(() -> referenceNumbers.next("RO", 2026)));
    assertThrows(
        RuntimeException.class,
        () ->
            unitOfWork.readOnly(
                () -> {
                  organisations.insert(refused);
                  return null;
                }));

    assertEquals(stored, read);
    assertTrue(organisations.find(refused.id()).isEmpty());
    assertEquals(1, referenceNumbers.next("RO", 2026));
  }

  @Test
  void anInnerUnitOfWorkJoinsTheOuterOne() {
    Organisation organisation = anOrganisation();

    assertThrows(
        IllegalStateException.class,
        () ->
            unitOfWork.inTransaction(
                () -> {
                  unitOfWork.inTransaction(
                      () -> {
                        organisations.insert(organisation);
                        return null;
                      });
                  throw new IllegalStateException("the outer work fails");
                }));

    assertTrue(organisations.find(organisation.id()).isEmpty());
  }
}
