package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CatalogueAndIdentityTest {
  private final ApiHarness api = new ApiHarness();
  private final Organisation company = Fixtures.anOrganisation("株式会社テスト");
  private final Actor filer = Fixtures.aFiler(company.id());

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void technologiesDefaultToTodayInTokyo() {
    // The clock reads 2025-12-31 in UTC but 2026-01-01 in Tokyo, when the second list took effect.
    Map<String, Object> data = data("{ technologies { number inForce status } }");

    assertEquals(
        List.of(
            Map.of("number", 1, "inForce", true, "status", "EFFECTIVE"),
            Map.of("number", 2, "inForce", true, "status", "EFFECTIVE"),
            Map.of("number", 11, "inForce", true, "status", "EFFECTIVE"),
            Map.of("number", 20, "inForce", false, "status", "PROPOSED")),
        data.get("technologies"));
  }

  @Test
  void technologiesAsOfADateUseTheRevisionInForceThen() {
    Map<String, Object> data =
        data("{ technologies(asOf: \"2025-12-31\") { number nameEn effectiveFrom inForce } }");

    assertEquals(
        List.of(
            Map.of(
                "number",
                1,
                "nameEn",
                "Multilayer ceramic capacitors",
                "effectiveFrom",
                "2024-12-30",
                "inForce",
                true),
            Map.of(
                "number",
                2,
                "nameEn",
                "SAW and BAW filters",
                "effectiveFrom",
                "2024-12-30",
                "inForce",
                true)),
        data.get("technologies"));
  }

  @Test
  void revisionsListEveryNoticeWithItsItems() {
    Map<String, Object> data =
        data(
            "{ technologyRevisions { id noticeReference effectiveDate note"
                + " items { number effectiveFrom } } }");

    List<?> revisions = (List<?>) data.get("technologyRevisions");
    assertEquals(2, revisions.size());
    Map<?, ?> second = (Map<?, ?>) revisions.get(1);
    assertEquals("r2", second.get("id"));
    assertEquals("2026-01-01", second.get("effectiveDate"));
    assertEquals("date unconfirmed", second.get("note"));
    assertEquals(4, ((List<?>) second.get("items")).size());
    assertNull(((Map<?, ?>) ((List<?>) second.get("items")).get(3)).get("effectiveFrom"));
  }

  @Test
  void meShowsTheSignedInAccountAndItsOrganisation() {
    api.organisations.insert(company);
    api.accounts.insert(
        new UserAccount(
            filer.userId(),
            "filer",
            "山田 太郎",
            company.id(),
            Set.of(Role.FILER),
            "{hash}",
            true,
            Instant.parse("2026-01-01T00:00:00Z")));

    Map<String, Object> data =
        data("{ me { username displayName roles organisation { name kind } } }");

    assertEquals(
        Map.of(
            "username",
            "filer",
            "displayName",
            "山田 太郎",
            "roles",
            List.of("FILER"),
            "organisation",
            Map.of("name", "株式会社テスト", "kind", "COMPANY")),
        data.get("me"));
  }

  @Test
  void meWithoutAStoredAccountIsUnauthenticated() {
    Map<String, Object> error =
        ErrorMaskingTest.onlyError(api.response(filer, "{ me { username } }"));

    assertEquals("UNAUTHENTICATED", ((Map<?, ?>) error.get("extensions")).get("code"));
  }

  @Test
  void aMalformedDateIsRefusedWithTheExpectedFormat() {
    Map<String, Object> error =
        ErrorMaskingTest.onlyError(
            api.response(filer, "{ technologies(asOf: \"07/04/2026\") { number } }"));

    assertTrue(((String) error.get("message")).contains("yyyy-MM-dd"), error.toString());
    assertEquals(0, api.revisions.calls.get());
  }

  @Test
  void aDateGivenAsAVariableIsCoercedToo() {
    var result =
        api.execute(
            filer,
            "query($d: Date) { technologies(asOf: $d) { number } }",
            Map.of("d", "2026-02-30"));

    assertEquals(1, result.getErrors().size());
    assertTrue(result.getErrors().get(0).getMessage().contains("yyyy-MM-dd"));
  }

  private Map<String, Object> data(String query) {
    Map<String, Object> response = api.response(filer, query);
    assertNull(response.get("errors"), String.valueOf(response.get("errors")));
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) response.get("data");
    return data;
  }
}
