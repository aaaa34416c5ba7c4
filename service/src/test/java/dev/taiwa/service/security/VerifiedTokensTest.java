package dev.taiwa.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.security.authentication.Authentication;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A kept verification lasts until the token's own {@code exp}, however the claim was read. */
class VerifiedTokensTest {
  private static final Instant EXP = Instant.parse("2026-12-05T15:00:00Z");

  @Test
  void theExpiryIsTheTokensExpClaim() {
    assertEquals(
        EXP, VerifiedTokens.expiry(Authentication.build("a", Map.of("exp", Date.from(EXP)))));
    assertEquals(
        EXP, VerifiedTokens.expiry(Authentication.build("a", Map.of("exp", EXP.getEpochSecond()))));
  }

  @Test
  void aTokenWithoutExpiryIsNeverKept() {
    assertEquals(Instant.MIN, VerifiedTokens.expiry(Authentication.build("a", Map.of())));
    assertEquals(
        Instant.MIN, VerifiedTokens.expiry(Authentication.build("a", Map.of("exp", "tomorrow"))));
  }
}
