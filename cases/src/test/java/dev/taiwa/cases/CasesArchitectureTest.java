package dev.taiwa.cases;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;

/**
 * The domain stays pure Java, its kernel stands alone, models know nothing of use cases, no package
 * depends on itself through others, and audit entries are written from typed actions.
 */
@AnalyzeClasses(packages = "dev.taiwa.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class CasesArchitectureTest {

  @ArchTest
  static final ArchRule theDomainUsesNoFrameworkDatabaseOrPdfLibrary =
      noClasses()
          .that()
          .resideInAPackage("dev.taiwa.cases..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.micronaut..",
              "jakarta..",
              "graphql..",
              "java.sql..",
              "javax.sql..",
              "com.lowagie..");

  @ArchTest
  static final ArchRule theKernelDependsOnNoOtherCasesPackage =
      noClasses()
          .that()
          .resideInAPackage("dev.taiwa.cases.kernel..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("dev.taiwa.cases..")
                  .and(resideOutsideOfPackage("dev.taiwa.cases.kernel..")));

  @ArchTest
  static final ArchRule modelsDoNotDependOnUseCases =
      noClasses()
          .that()
          .resideInAPackage("..model..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..application..");

  @ArchTest
  static final ArchRule subdomainPackagesAreFreeOfCycles =
      slices().matching("dev.taiwa.cases.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule everyPackageIsFreeOfCycles =
      slices().matching("dev.taiwa.cases.(**)").should().beFreeOfCycles();

  /**
   * Entries are written from an {@link AuditAction}; the constructor taking a code is for reads.
   */
  @ArchTest
  static final ArchRule auditEntriesAreBuiltFromTypedActions =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(AuditEntry.class.getName())
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
              String.class);
}
