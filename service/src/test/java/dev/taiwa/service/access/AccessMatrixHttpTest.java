package dev.taiwa.service.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.matrix.AccessMatrix;
import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.cases.matrix.Permission;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.service.access.CaseFixture.ProbedCase;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The permission matrix, checked over real HTTP: every operation of the schema x every role x a
 * caller of the owning organisation or of another x each case state its probe tries, with the
 * outcome the matrix expects. A change that opens a hole fails here; so does a new query field or
 * mutation without a matrix row.
 */
@MicronautTest(transactional = false)
class AccessMatrixHttpTest extends DatabaseTest {
  private final AccessMatrix matrix = AccessMatrix.standard();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject PatentApplications patentStore;

  private ApiClient api;
  private CaseFixture fixture;
  private final Map<Role, Caller> owners = new EnumMap<>(Role.class);
  private final Map<Role, Caller> strangers = new EnumMap<>(Role.class);

  @BeforeAll
  void oneUserPerRoleInTheOwningCompanyAndInAnother() {
    api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    for (Role role : Role.values()) {
      String own = world.user("own-" + role.name().toLowerCase(), world.alpha, role);
      String other = world.user("other-" + role.name().toLowerCase(), world.beta, role);
      owners.put(role, new Caller(role, true, api.login(own, World.PASSWORD)));
      strangers.put(role, new Caller(role, false, api.login(other, World.PASSWORD)));
    }
    String officer = world.user("fixture-officer", world.meti, Role.DIALOGUE_OFFICER);
    String reviewer = world.user("fixture-reviewer", world.meti, Role.SECURITY_REVIEWER);
    String grantee = world.user("fixture-grantee", world.meti, Role.PATENT_EXAMINER);
    fixture =
        new CaseFixture(
                api,
                owners.get(Role.FILER).token(),
                api.login(officer, World.PASSWORD),
                api.login(reviewer, World.PASSWORD),
                users.findByUsername(grantee).orElseThrow().id().toString(),
                users.findByUsername(officer).orElseThrow().id().toString(),
                enabled -> {
                  String name =
                      world.user(
                          "target-" + UUID.randomUUID().toString().substring(0, 8),
                          world.alpha,
                          Role.FILER);
                  UserAccount account = users.findByUsername(name).orElseThrow();
                  if (!enabled) {
                    users.update(account.withEnabled(false));
                  }
                  return account.id().toString();
                })
            .withPatents(owners.get(Role.PATENT_EXAMINER).token(), world.alpha.id().toString())
            .withDesignations(patentStore)
            .withScreeningAdmin(owners.get(Role.ADMIN).token());
  }

  @Test
  void everyQueryFieldAndMutationOfTheSchemaHasAMatrixRow() {
    Set<String> schema = new TreeSet<>();
    for (String root : List.of("queryType", "mutationType")) {
      List<Map<String, Object>> fields =
          api.graphql(
                  owners.get(Role.FILER).token(),
                  "{ __schema { " + root + " { fields { name } } } }")
              .at("__schema." + root + ".fields");
      fields.forEach(f -> schema.add((String) f.get("name")));
    }
    Set<String> matrixFields =
        Arrays.stream(Operation.values())
            .map(Operation::field)
            .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(schema, matrixFields);
  }

  @Test
  void everyOperationHasAProbe() {
    assertEquals(Set.of(Operation.values()), Probes.all(api, fixture).keySet());
  }

  @TestFactory
  Stream<DynamicTest> everyCellOfTheMatrixHoldsOverHttp() {
    Map<Operation, Probe> probes = Probes.all(api, fixture);
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation operation : Operation.values()) {
      Probe probe = probes.get(operation);
      for (Role role : Role.values()) {
        for (Caller caller : List.of(owners.get(role), strangers.get(role))) {
          List<Enum<?>> states =
              probe.states().isEmpty()
                  ? Arrays.asList((Enum<?>) null)
                  : List.copyOf(probe.states());
          for (Enum<?> state : states) {
            Outcome expected = expected(operation, role, caller, state);
            String name =
                operation.field()
                    + " by "
                    + caller
                    + (state == null ? "" : " on a " + state + " case")
                    + " -> "
                    + expected;
            tests.add(
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      ProbedCase probed = state == null ? null : fixture.inState(state);
                      assertEquals(expected, probe.run().apply(caller, probed), name);
                    }));
          }
        }
      }
    }
    return tests.stream();
  }

  /**
   * What the matrix says should happen when {@code caller} tries the operation. On a patent
   * application in a secret state, an operation with a secret dimension counts as allowed only when
   * the secret content comes back, so its secret-content cell decides. The fixture's applications
   * are registered by the owning side's examiner: "assigned" is "own" for the examiner.
   */
  private Outcome expected(Operation operation, Role role, Caller caller, Enum<?> state) {
    Permission permission = matrix.permission(operation, role);
    Reach reach =
        state instanceof PatentState patent
                && patent.isSecret()
                && matrix.hasSecretDimension(operation)
            ? matrix.secretContent(operation, role)
            : permission.reach();
    boolean allowed =
        switch (reach) {
          case NOTHING -> false;
          case EVERYTHING -> true;
          case EVERY_FILED_CASE -> state == null || state != PreReportState.DRAFT;
          case OWN_ORGANISATION, ASSIGNED_CASES -> state == null || caller.own();
        };
    if (allowed && state != null && !permission.states().isEmpty()) {
      allowed = permission.states().contains(state);
    }
    return allowed ? Outcome.ALLOWED : Outcome.DENIED;
  }
}
