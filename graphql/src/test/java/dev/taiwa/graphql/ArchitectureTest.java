package dev.taiwa.graphql;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.patent.port.PatentFilter;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportSort;
import dev.taiwa.cases.prereport.port.SortDirection;
import dev.taiwa.cases.secrecy.Disclosed;
import dev.taiwa.cases.statistics.port.StatisticsFilter;
import java.util.Set;

@AnalyzeClasses(
    packages = "dev.taiwa.graphql",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** The only ports the API may touch: the ones the use cases do not wrap. */
  private static final Set<String> PORTS_THE_API_MAY_USE =
      Set.of(Organisations.class.getName(), UserAccounts.class.getName());

  /** Interfaces of cases that are no port: what a shown object says of its own disclosure. */
  private static final Set<String> NOT_PORTS = Set.of(Disclosed.class.getName());

  private static final DescribedPredicate<JavaClass> OTHER_PORTS =
      DescribedPredicate.describe(
          "port interfaces of cases other than Organisations and UserAccounts",
          c ->
              c.isInterface()
                  && c.getPackageName().startsWith("dev.taiwa.cases")
                  && !PORTS_THE_API_MAY_USE.contains(c.getName())
                  && !NOT_PORTS.contains(c.getName()));

  private static final DescribedPredicate<JavaClass> PORT_PACKAGE_TYPES_BUT_THE_FILTER =
      DescribedPredicate.describe(
          "types in ..port.. packages other than the search filters and list orders",
          c ->
              c.getPackageName().contains(".port")
                  && !c.getName().equals(PreReportFilter.class.getName())
                  && !c.getName().equals(PreReportOrder.class.getName())
                  && !c.getName().equals(PreReportSort.class.getName())
                  && !c.getName().equals(SortDirection.class.getName())
                  && !c.getName().equals(PatentFilter.class.getName())
                  && !c.getName().equals(StatisticsFilter.class.getName()));

  @ArchTest
  static final ArchRule theApiLayerKnowsNoMicronautAndNoJdbc =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.micronaut..", "java.sql..", "javax.sql..");

  @ArchTest
  static final ArchRule fetchersAndLoadersReachOnlyTheListedPorts =
      noClasses()
          .that()
          .doNotHaveSimpleName("RevisionSnapshot")
          .should()
          .dependOnClassesThat(OTHER_PORTS)
          .because(
              "fetchers call use cases; RevisionSnapshot alone adapts TechnologyRevisions to hold"
                  + " one request's copy of the catalogue");

  @ArchTest
  static final ArchRule fetchersUseNoPortPackageTypeButTheSearchFilter =
      noClasses().should().dependOnClassesThat(PORT_PACKAGE_TYPES_BUT_THE_FILTER);
}
