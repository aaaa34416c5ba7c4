package dev.taiwa.service.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.RawHttp;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens over real HTTP: a refresh token is exchanged once and replaced (rotation); using a spent
 * one again revokes its whole family and is audited; a password reset, a disable or a role change
 * ends every token issued before it; a token without {@code exp} or with {@code nbf} ahead is
 * refused, and so is one that worked before, once it has expired.
 */
@MicronautTest(transactional = false)
class TokenLifecycleHttpTest extends DatabaseTest {
  private static final String ME = "{ me { username } }";

  @Inject EmbeddedServer server;
  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;

  @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}")
  String jwtSecret;

  private World world;
  private RawHttp http;
  private String adminToken;

  @BeforeAll
  void setUp() {
    world = new World(organisations, users, hasher);
    world.user("token-admin", world.meti, Role.ADMIN);
    http = new RawHttp(server.getURL().toString());
    adminToken = accessToken(http.login("token-admin", World.PASSWORD));
  }

  @Test
  void aRefreshTokenIsExchangedOnceForANewOne() {
    world.user("rotating", world.alpha, Role.FILER);
    String first = refreshToken(http.login("rotating", World.PASSWORD));

    RawHttp.Answer exchanged = http.refresh(first);

    assertEquals(200, exchanged.status(), exchanged.body());
    String second = refreshToken(exchanged);
    assertNotEquals(first, second, "rotated");
    assertEquals(200, http.graphql(accessToken(exchanged), ME, Map.of()).status());
    assertEquals(200, http.refresh(second).status(), "the successor works once too");
  }

  @Test
  void reusingASpentRefreshTokenRevokesItsFamilyAndIsAudited() {
    world.user("stolen", world.alpha, Role.FILER);
    String first = refreshToken(http.login("stolen", World.PASSWORD));
    String second = refreshToken(http.refresh(first));
    String otherLogin = refreshToken(http.login("stolen", World.PASSWORD));

    RawHttp.Answer replayed = http.refresh(first);

    assertEquals(400, replayed.status(), replayed.body());
    assertEquals("invalid_grant", replayed.json().get("error"));
    assertEquals(400, http.refresh(second).status(), "the thief's successor is revoked too");
    assertEquals(200, http.refresh(otherLogin).status(), "another login is another family");
    assertTrue(
        actionsOf("stolen").contains("REFRESH_TOKEN_REUSED"), actionsOf("stolen").toString());
  }

  @Test
  void aPasswordResetEndsEveryTokenIssuedBefore() {
    UserAccount user = stored(world.user("reset-me", world.alpha, Role.FILER));
    RawHttp.Answer login = http.login("reset-me", World.PASSWORD);

    admin(
        "mutation { resetPassword(id: \""
            + user.id()
            + "\", newPassword: \"another long secret\")"
            + " { errors { code } } }");

    assertEquals(401, http.graphql(accessToken(login), ME, Map.of()).status(), "access token");
    assertEquals(400, http.refresh(refreshToken(login)).status(), "refresh token");
    String fresh = accessToken(http.login("reset-me", "another long secret"));
    assertEquals(200, http.graphql(fresh, ME, Map.of()).status(), "a new login works");
  }

  @Test
  void aDisabledAccountsTokensStayDeadWhenItIsEnabledAgain() {
    UserAccount user = stored(world.user("disable-me", world.alpha, Role.FILER));
    RawHttp.Answer login = http.login("disable-me", World.PASSWORD);

    admin("mutation { disableUser(id: \"" + user.id() + "\") { errors { code } } }");
    admin("mutation { enableUser(id: \"" + user.id() + "\") { errors { code } } }");

    assertEquals(401, http.graphql(accessToken(login), ME, Map.of()).status());
    assertEquals(400, http.refresh(refreshToken(login)).status());
  }

  @Test
  void aRoleChangeEndsEveryTokenIssuedBefore() {
    UserAccount user = stored(world.user("promote-me", world.alpha, Role.FILER));
    RawHttp.Answer login = http.login("promote-me", World.PASSWORD);

    admin(
        "mutation { assignRoles(id: \""
            + user.id()
            + "\", roles: [AUDITOR]) { errors { code } } }");

    assertEquals(401, http.graphql(accessToken(login), ME, Map.of()).status());
    assertEquals(400, http.refresh(refreshToken(login)).status());
  }

  @Test
  void aTokenWithoutExpiryIsRefused() throws Exception {
    UserAccount user = stored(world.user("no-expiry", world.alpha, Role.FILER));

    String forged = forge(user, null, null);

    assertEquals(401, http.graphql(forged, ME, Map.of()).status());
    String valid = forge(user, Instant.now().plusSeconds(600), null);
    assertEquals(200, http.graphql(valid, ME, Map.of()).status(), "the same token with exp works");
  }

  @Test
  void aTokenThatWorkedIsRefusedOnceItHasExpired() throws Exception {
    UserAccount user = stored(world.user("expiring", world.alpha, Role.FILER));
    Instant expires = Instant.now().plusSeconds(4);
    String token = forge(user, expires, null);

    assertEquals(200, http.graphql(token, ME, Map.of()).status());
    assertEquals(200, http.graphql(token, ME, Map.of()).status(), "again, verified before");
    Thread.sleep(
        Math.max(0, expires.plusMillis(1_100).toEpochMilli() - System.currentTimeMillis()));

    assertEquals(401, http.graphql(token, ME, Map.of()).status());
  }

  @Test
  void aTokenNotYetValidIsRefused() throws Exception {
    UserAccount user = stored(world.user("not-before", world.alpha, Role.FILER));

    String early = forge(user, Instant.now().plusSeconds(600), Instant.now().plusSeconds(300));

    assertEquals(401, http.graphql(early, ME, Map.of()).status());
  }

  /** A token signed with the service's secret, as a holder of the secret could make one. */
  private String forge(UserAccount user, Instant expires, Instant notBefore) throws Exception {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .subject(user.username())
            .issueTime(new Date())
            .claim("uid", user.id().toString())
            .claim("org", user.organisationId().toString())
            .claim("roles", List.of("FILER"));
    if (expires != null) {
      claims.expirationTime(Date.from(expires));
    }
    if (notBefore != null) {
      claims.notBeforeTime(Date.from(notBefore));
    }
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
    jwt.sign(new MACSigner(jwtSecret));
    return jwt.serialize();
  }

  private void admin(String mutation) {
    RawHttp.Answer answer = http.graphql(adminToken, mutation, Map.of());
    assertEquals(200, answer.status(), answer.body());
    assertTrue(
        answer.body().contains("\"errors\":[]"),
        answer.body() + " " + answer.headers() + " for " + mutation);
  }

  private UserAccount stored(String username) {
    return users.findByUsername(username).orElseThrow();
  }

  private List<String> actionsOf(String username) {
    List<String> actions = new ArrayList<>();
    auditLog.forEach(
        (AuditEvent e) -> {
          if (username.equals(e.entry().actorName())) {
            actions.add(e.entry().action());
          }
        });
    return actions;
  }

  private static String accessToken(RawHttp.Answer answer) {
    assertEquals(200, answer.status(), answer.body());
    return (String) answer.json().get("access_token");
  }

  private static String refreshToken(RawHttp.Answer answer) {
    assertEquals(200, answer.status(), answer.body());
    return (String) answer.json().get("refresh_token");
  }
}
