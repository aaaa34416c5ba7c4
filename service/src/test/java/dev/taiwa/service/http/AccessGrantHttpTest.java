package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Need-to-know grants over real HTTP: a Cabinet Office reviewer grants a named examiner access to a
 * case, revokes it, and opens break-glass access that an auditor then reviews; nobody else may
 * grant, and every step is in the audit log.
 */
@MicronautTest(transactional = false)
class AccessGrantHttpTest extends DatabaseTest {
  private static final String REASON = "特許庁審査官による技術的見解の聴取のため";
  private static final String GRANT_FIELDS =
      "id granteeId caseId reason grantedById grantedAt expiresAt active breakGlass reviewed"
          + " reviewedAt reviewNote revokedAt revocationReason";
  private static final String PAYLOAD =
      "grant { " + GRANT_FIELDS + " } errors { code field message }";
  private static final String GRANT =
      "mutation($in: GrantAccessInput!) { grantAccess(input: $in) { " + PAYLOAD + " } }";
  private static final String REVOKE =
      "mutation($id: ID!, $r: String!) { revokeAccess(grantId: $id, reason: $r) { "
          + PAYLOAD
          + " } }";
  private static final String BREAK_GLASS =
      "mutation($c: ID!, $r: String!) { openBreakGlass(caseId: $c, reason: $r) { "
          + PAYLOAD
          + " } }";
  private static final String REVIEW =
      "mutation($id: ID!, $n: String!) { reviewBreakGlass(grantId: $id, note: $n) { "
          + PAYLOAD
          + " } }";
  private static final String OF_CASE =
      "query($c: ID!) { accessGrants(caseId: $c) { " + GRANT_FIELDS + " } }";
  private static final String MINE = "{ myAccessGrants { " + GRANT_FIELDS + " } }";
  private static final String QUEUE = "{ breakGlassReviewQueue { " + GRANT_FIELDS + " } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;

  private ApiClient api;
  private String filerToken;
  private String reviewerToken;
  private String examinerToken;
  private String auditorToken;
  private String adminToken;
  private String officerToken;
  private String examinerId;
  private String reviewerId;

  @BeforeAll
  void logEveryoneIn() {
    api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    filerToken = login(world.user("alpha-filer", world.alpha, Role.FILER));
    reviewerToken = login(world.user("cao-reviewer", world.meti, Role.SECURITY_REVIEWER));
    examinerToken = login(world.user("jpo-examiner", world.meti, Role.PATENT_EXAMINER));
    auditorToken = login(world.user("auditor", world.meti, Role.AUDITOR));
    adminToken = login(world.user("admin", world.meti, Role.ADMIN));
    officerToken = login(world.user("meti-officer", world.meti, Role.DIALOGUE_OFFICER));
    examinerId = users.findByUsername("jpo-examiner").orElseThrow().id().toString();
    reviewerId = users.findByUsername("cao-reviewer").orElseThrow().id().toString();
  }

  private String login(String username) {
    return api.login(username, World.PASSWORD);
  }

  /** A new case: a draft pre-report of the filer's company. */
  private String aCase() {
    GraphQLResponse created =
        api.graphql(
            filerToken,
            "mutation { createPreReportDraft(input: { technologyNumbers: [24] }) {"
                + " preReport { id } errors { code } } }");
    String id = created.at("createPreReportDraft.preReport.id");
    assertNotNull(id, () -> "draft refused: " + created.body());
    return id;
  }

  private static Map<String, Object> grantInput(String grantee, String caseId, Instant expiresAt) {
    return Map.of(
        "granteeId",
        grantee,
        "caseId",
        caseId,
        "reason",
        REASON,
        "expiresAt",
        expiresAt.toString());
  }

  private static Instant inDays(long days) {
    return Instant.now().plus(Duration.ofDays(days));
  }

  private List<Map<String, Object>> grantsOf(String token, String caseId) {
    return api.graphql(token, OF_CASE, Map.of("c", caseId)).at("accessGrants");
  }

  private List<AuditEntry> trail(String caseId) {
    return auditLog.trail(CaseId.parse(caseId)).stream().map(AuditEvent::entry).toList();
  }

  private static List<String> ids(List<Map<String, Object>> grants) {
    return grants.stream().map(g -> (String) g.get("id")).toList();
  }

  @Test
  void aReviewerGrantsANamedUserAccessThatShowsForTheCaseAndForTheGrantee() {
    String caseId = aCase();
    Instant expiry = inDays(30);

    GraphQLResponse granted =
        api.graphql(reviewerToken, GRANT, Map.of("in", grantInput(examinerId, caseId, expiry)));

    assertEquals(List.of(), granted.at("grantAccess.errors"));
    Map<String, Object> grant = granted.at("grantAccess.grant");
    assertEquals(examinerId, grant.get("granteeId"));
    assertEquals(caseId, grant.get("caseId"));
    assertEquals(REASON, grant.get("reason"));
    assertEquals(reviewerId, grant.get("grantedById"));
    assertEquals(Instant.ofEpochMilli(expiry.toEpochMilli()).toString(), grant.get("expiresAt"));
    assertEquals(true, grant.get("active"));
    assertEquals(false, grant.get("breakGlass"));
    String grantId = (String) grant.get("id");
    assertEquals(List.of(grantId), ids(grantsOf(reviewerToken, caseId)));
    assertEquals(List.of(grantId), ids(grantsOf(auditorToken, caseId)));
    assertTrue(ids(api.graphql(examinerToken, MINE).at("myAccessGrants")).contains(grantId));
    assertTrue(ids(api.graphql(reviewerToken, MINE).at("myAccessGrants")).isEmpty());

    AuditEntry audited = trail(caseId).get(trail(caseId).size() - 1);
    assertEquals("ACCESS_GRANTED", audited.action());
    assertEquals(AuditOutcome.ACCEPTED, audited.outcome());
    assertTrue(audited.summary().contains("jpo-examiner"), audited.summary());
    assertTrue(audited.summary().contains(REASON), audited.summary());
    assertTrue(audited.summary().contains(caseId), audited.summary());
  }

  @Test
  void anAdminAFilerAndADialogueOfficerCannotGrantAndNothingIsWritten() {
    String caseId = aCase();
    int audited = trail(caseId).size();

    for (String token : List.of(adminToken, filerToken, officerToken)) {
      GraphQLResponse refused =
          api.graphql(token, GRANT, Map.of("in", grantInput(examinerId, caseId, inDays(30))));

      assertNull(refused.at("grantAccess.grant"));
      assertEquals("FORBIDDEN", refused.at("grantAccess.errors.0.code"));
    }

    assertEquals(List.of(), grantsOf(reviewerToken, caseId));
    List<Map<String, Object>> examinersGrants =
        api.graphql(examinerToken, MINE).at("myAccessGrants");
    assertTrue(examinersGrants.stream().noneMatch(g -> caseId.equals(g.get("caseId"))));
    List<AuditEntry> refusals = trail(caseId).subList(audited, trail(caseId).size());
    assertEquals(3, refusals.size());
    assertTrue(
        refusals.stream()
            .allMatch(
                e -> e.action().equals("ACCESS_GRANTED") && e.outcome() == AuditOutcome.REJECTED));
    assertEquals(
        List.of("admin", "alpha-filer", "meti-officer"),
        refusals.stream().map(AuditEntry::actorName).toList());
  }

  @Test
  void anExpiryInThePastOrBeyondNinetyDaysIsRefusedOnTheExpiryField() {
    String caseId = aCase();

    for (Instant expiry : List.of(inDays(-1), inDays(91))) {
      GraphQLResponse refused =
          api.graphql(reviewerToken, GRANT, Map.of("in", grantInput(examinerId, caseId, expiry)));

      assertNull(refused.at("grantAccess.grant"));
      assertEquals("INVALID_VALUE", refused.at("grantAccess.errors.0.code"));
      assertEquals("expiresAt", refused.at("grantAccess.errors.0.field"));
    }
    assertEquals(List.of(), grantsOf(reviewerToken, caseId));
  }

  @Test
  void revokingAGrantEndsIt() {
    String caseId = aCase();
    String grantId =
        api.graphql(reviewerToken, GRANT, Map.of("in", grantInput(examinerId, caseId, inDays(7))))
            .at("grantAccess.grant.id");

    GraphQLResponse revoked =
        api.graphql(reviewerToken, REVOKE, Map.of("id", grantId, "r", "見解の聴取が完了したため"));

    assertEquals(List.of(), revoked.at("revokeAccess.errors"));
    assertEquals(false, revoked.at("revokeAccess.grant.active"));
    assertNotNull(revoked.at("revokeAccess.grant.revokedAt"));
    assertEquals("見解の聴取が完了したため", revoked.at("revokeAccess.grant.revocationReason"));
    assertTrue(!ids(api.graphql(examinerToken, MINE).at("myAccessGrants")).contains(grantId));
    Map<String, Object> listed = grantsOf(auditorToken, caseId).get(0);
    assertEquals(false, listed.get("active"));
    GraphQLResponse again = api.graphql(reviewerToken, REVOKE, Map.of("id", grantId, "r", "もう一度"));
    assertEquals("INVALID_STATE", again.at("revokeAccess.errors.0.code"));
    assertEquals(
        List.of("ACCESS_GRANTED", "ACCESS_REVOKED", "ACCESS_REVOKED"),
        trail(caseId).stream()
            .filter(e -> e.action().startsWith("ACCESS_"))
            .map(AuditEntry::action)
            .toList());
    assertEquals(AuditOutcome.REJECTED, trail(caseId).get(trail(caseId).size() - 1).outcome());
  }

  @Test
  void breakGlassOpensAFourHourGrantThatTheAuditorReviewsOutOfTheQueue() {
    String caseId = aCase();

    GraphQLResponse opened =
        api.graphql(reviewerToken, BREAK_GLASS, Map.of("c", caseId, "r", "出願人から漏えいの疑いの通報があり緊急確認"));

    assertEquals(List.of(), opened.at("openBreakGlass.errors"));
    Map<String, Object> grant = opened.at("openBreakGlass.grant");
    String grantId = (String) grant.get("id");
    assertEquals(reviewerId, grant.get("granteeId"));
    assertEquals(true, grant.get("breakGlass"));
    assertEquals(false, grant.get("reviewed"));
    assertEquals(
        Duration.ofHours(4),
        Duration.between(
            Instant.parse((String) grant.get("grantedAt")),
            Instant.parse((String) grant.get("expiresAt"))));
    assertTrue(ids(api.graphql(auditorToken, QUEUE).at("breakGlassReviewQueue")).contains(grantId));
    GraphQLResponse notForReviewers = api.graphql(reviewerToken, QUEUE);
    assertEquals(
        "FORBIDDEN", ((Map<?, ?>) notForReviewers.errors().get(0).get("extensions")).get("code"));

    GraphQLResponse reviewed =
        api.graphql(auditorToken, REVIEW, Map.of("id", grantId, "n", "通報記録と照合し妥当と確認"));

    assertEquals(List.of(), reviewed.at("reviewBreakGlass.errors"));
    assertEquals(true, reviewed.at("reviewBreakGlass.grant.reviewed"));
    assertEquals("通報記録と照合し妥当と確認", reviewed.at("reviewBreakGlass.grant.reviewNote"));
    assertTrue(
        !ids(api.graphql(auditorToken, QUEUE).at("breakGlassReviewQueue")).contains(grantId));
    assertEquals(
        List.of("BREAK_GLASS_OPENED", "BREAK_GLASS_REVIEWED"),
        trail(caseId).stream()
            .filter(e -> e.action().startsWith("BREAK_GLASS"))
            .map(AuditEntry::action)
            .toList());
    assertTrue(
        trail(caseId).stream()
            .filter(e -> e.action().startsWith("BREAK_GLASS"))
            .allMatch(e -> e.outcome() == AuditOutcome.ACCEPTED));
  }
}
