package dev.taiwa.service.persistence.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ContentCipherTest {
  private static final String PLACE = "patent_application.title:1";
  private final String keyA = randomKey();
  private final String keyB = randomKey();
  private final ContentCipher underA = new ContentCipher(new ContentKeys(keyA, "", "production"));

  @Test
  void textComesBackAsItWentInAndIsNotStoredPlain() {
    String stored = underA.encrypt("極超音速飛翔体の誘導装置", PLACE);

    assertTrue(stored.startsWith("enc:v1:" + underA.currentKeyId() + ":"), stored);
    assertFalse(stored.contains("誘導装置"));
    assertEquals("極超音速飛翔体の誘導装置", underA.decrypt(stored, PLACE));
  }

  @Test
  void everyValueHasItsOwnNonce() {
    assertNotEquals(underA.encrypt("同じ題名", PLACE), underA.encrypt("同じ題名", PLACE));
  }

  @Test
  void aValueMovedToAnotherRowOrColumnDoesNotDecrypt() {
    String stored = underA.encrypt("題名", PLACE);

    assertThrows(
        IllegalStateException.class, () -> underA.decrypt(stored, "patent_application.title:2"));
    assertThrows(
        IllegalStateException.class, () -> underA.decrypt(stored, "patent_application.claims:1"));
  }

  @Test
  void bytesRoundTripWithTheKeyIdInFront() {
    byte[] pdf = "%PDF-1.7 誘導装置".getBytes(StandardCharsets.UTF_8);

    byte[] stored = underA.encrypt(pdf, "issued_document.pdf:1");

    assertEquals(underA.currentKeyId(), underA.keyIdOf(stored).orElseThrow());
    assertArrayEquals(pdf, underA.decrypt(stored, "issued_document.pdf:1"));
  }

  @Test
  void plainValuesWrittenBeforeEncryptionReadAsTheyAre() {
    assertEquals("古い題名", underA.decrypt("古い題名", PLACE));
    assertTrue(underA.keyIdOf("古い題名").isEmpty());
    assertNull(underA.encrypt((String) null, PLACE));
  }

  @Test
  void aPreviousKeyStillDecryptsWhatItEncryptedAfterRotation() {
    String stored = underA.encrypt("題名", PLACE);
    ContentCipher rotated = new ContentCipher(new ContentKeys(keyB, keyA, "production"));

    assertEquals("題名", rotated.decrypt(stored, PLACE));
    assertEquals(underA.currentKeyId(), rotated.keyIdOf(stored).orElseThrow());
    assertNotEquals(underA.currentKeyId(), rotated.currentKeyId());
  }

  @Test
  void aKeyNoLongerConfiguredIsNamedNotGuessed() {
    String stored = underA.encrypt("題名", PLACE);
    ContentCipher other = new ContentCipher(new ContentKeys(keyB, "", "production"));

    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> other.decrypt(stored, PLACE));
    assertTrue(failure.getMessage().contains(underA.currentKeyId()), failure.getMessage());
    assertTrue(failure.getMessage().contains("TAIWA_CONTENT_PREVIOUS_KEYS"));
  }

  @Test
  void productionRefusesTheDevelopmentKeyAndDevelopmentUsesItByDefault() {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> new ContentKeys("", "", "production"));
    assertTrue(refused.getMessage().contains("TAIWA_CONTENT_KEY"));
    assertThrows(
        IllegalStateException.class,
        () -> new ContentKeys(ContentKeys.DEVELOPMENT_KEY, "", "production"));
    assertTrue(new ContentKeys("", "", "development").development());
  }

  @Test
  void aKeyMustBe32BytesOfBase64() {
    assertThrows(IllegalStateException.class, () -> new ContentKeys("c2hvcnQ=", "", "production"));
    assertThrows(
        IllegalStateException.class, () -> new ContentKeys("not base64!", "", "production"));
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
