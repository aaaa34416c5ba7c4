package dev.taiwa.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.persistence.sql.ColumnNames;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service's inner layering: adapters behind ports, one wiring point for GraphQL. */
class ServiceArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.taiwa.service");
  }

  @Test
  void everyMappedRowWorksOutItsColumnNamesOnceNotOnEveryRead() {
    List<JavaClass> rows =
        classes.stream().filter(type -> type.isAnnotatedWith(MappedEntity.class)).toList();
    List<String> withOtherNames =
        rows.stream()
            .filter(
                type ->
                    type.reflect().getAnnotation(MappedEntity.class).namingStrategy()
                        != ColumnNames.class)
            .map(JavaClass::getName)
            .toList();

    assertFalse(rows.isEmpty());
    assertEquals(List.of(), withOtherNames);
  }

  @Test
  void onlyThePersistenceAdaptersTouchJdbcAndMicronautData() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.taiwa.service.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.micronaut.data..", "java.sql..", "javax.sql..")
        .check(classes);
  }

  @Test
  void nothingOutsidePersistenceDependsOnItsAdapters() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.taiwa.service.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.taiwa.service.persistence..")
        .check(classes);
  }

  @Test
  void persistenceKnowsNothingOfTheWebSecurityOrGraphql() {
    noClasses()
        .that()
        .resideInAPackage("dev.taiwa.service.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.taiwa.service.security..",
            "dev.taiwa.service.web..",
            "dev.taiwa.service.graphql..",
            "dev.taiwa.graphql..",
            "io.micronaut.http..")
        .check(classes);
  }

  @Test
  void onlyTheGraphqlWiringUsesTheGraphqlModule() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.taiwa.service.graphql..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.taiwa.graphql..", "graphql..")
        .check(classes);
  }

  @Test
  void onlyTheAuditStoreReadsStoredActionCodesIntoEntries() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.taiwa.service.persistence.audit..")
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
        .because("new audit entries are written from an AuditAction")
        .check(classes);
  }
}
