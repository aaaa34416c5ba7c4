package dev.taiwa.tools;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;

@AnalyzeClasses(packages = "dev.taiwa.tools", importOptions = ImportOption.DoNotIncludeTests.class)
class ToolsArchitectureTest {
  @ArchTest
  static final ArchRule toolsReachTheDatabaseOnlyThroughUseCasesAndPorts =
      noClasses()
          .that()
          // The benchmark changes nothing through the database: it reads the service's statement
          // counter and times the raw floor on its pool, to measure the service from outside.
          .resideOutsideOfPackage("dev.taiwa.tools.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.taiwa.service.persistence..")
          .because(
              "a tool calls the use cases of cases; the service wires the adapters behind them");

  @ArchTest
  static final ArchRule toolsDoNotGoThroughTheApiLayer =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.taiwa.graphql..", "graphql..")
          .because("the command line is a second front end beside GraphQL, not a client of it");

  @ArchTest
  static final ArchRule toolsWriteAuditEntriesFromTypedActions =
      noClasses()
          .should()
          .callConstructor(
              AuditEntry.class,
              Instant.class,
              UserId.class,
              String.class,
              OrganisationId.class,
              CaseId.class,
              String.class,
              AuditOutcome.class,
              String.class)
          .because("a new audit entry is written from an AuditAction, never from a string");
}
