package dev.taiwa.service.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that cannot be stored as typed, or that displays other than it reads, is refused on its
 * field: unpaired surrogates (stored as '?'), control characters (free text keeps tab and line
 * breaks), bidirectional overrides. Names are compared in NFC.
 */
@MicronautTest(transactional = false)
class UnstorableTextHttpTest extends DatabaseTest {
  private static final String CREATE_ORGANISATION =
      "mutation($name: String!) { createOrganisation(input: {name: $name, kind: COMPANY}) {"
          + " organisation { id name } errors { code field } } }";
  private static final String DRAFT =
      "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport { id"
          + " technologyDescription } errors { code field message } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private ApiClient api;
  private String admin;
  private String filer;

  @BeforeAll
  void setUp() {
    World world = new World(organisations, users, hasher);
    world.user("text-admin", world.meti, Role.ADMIN);
    world.user("text-filer", world.alpha, Role.FILER);
    api = new ApiClient(http);
    admin = api.login("text-admin", World.PASSWORD);
    filer = api.login("text-filer", World.PASSWORD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\ud800", "\ud801", "\udc00 Inc."})
  void anOrganisationNamedWithAnUnpairedSurrogateIsRefused(String name) {
    GraphQLResponse response = api.graphql(admin, CREATE_ORGANISATION, Map.of("name", name));

    assertEquals(
        List.of(Map.of("code", "INVALID_VALUE", "field", "name")),
        errors(response, "createOrganisation"));
  }

  @Test
  void namesThatDifferOnlyInUnicodeCompositionAreDuplicates() {
    GraphQLResponse composed = api.graphql(admin, CREATE_ORGANISATION, Map.of("name", "がくしゅう株式会社"));
    GraphQLResponse decomposed =
        api.graphql(admin, CREATE_ORGANISATION, Map.of("name", "か\u3099くしゅう株式会社"));

    assertEquals(List.of(), errors(composed, "createOrganisation"));
    assertEquals(
        List.of(Map.of("code", "DUPLICATE", "field", "name")),
        errors(decomposed, "createOrganisation"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NUL\u0000here", "escape \u001b[2J", "evil\u202Etxt.exe"})
  void freeTextWithControlsOrOverridesIsRefusedOnItsField(String text) {
    GraphQLResponse response =
        api.graphql(filer, DRAFT, Map.of("in", Map.of("technologyDescription", text)));

    List<Map<String, Object>> errors = response.at("createPreReportDraft.errors");
    assertEquals(1, errors.size(), response.body().toString());
    assertEquals("INVALID_VALUE", errors.get(0).get("code"));
    assertEquals("technologyDescription", errors.get(0).get("field"));
  }

  @Test
  void aNameIsOneLineAndFreeTextKeepsTabsAndLineBreaks() {
    GraphQLResponse name =
        api.graphql(filer, DRAFT, Map.of("in", Map.of("contact", Map.of("name", "田中\n太郎"))));
    GraphQLResponse text =
        api.graphql(
            filer, DRAFT, Map.of("in", Map.of("technologyDescription", "一行目\n\t二行目\r\n三行目")));

    assertEquals(
        "contact.name",
        ((Map<?, ?>) ((List<?>) name.at("createPreReportDraft.errors")).get(0)).get("field"));
    assertEquals(List.of(), text.at("createPreReportDraft.errors"));
    assertNotNull(text.at("createPreReportDraft.preReport.id"));
    assertTrue(
        ((String) text.at("createPreReportDraft.preReport.technologyDescription")).contains("\t"));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(GraphQLResponse response, String field) {
    List<Map<String, Object>> errors = response.at(field + ".errors");
    assertNotNull(errors, response.body().toString());
    return errors;
  }
}
