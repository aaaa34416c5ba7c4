package dev.taiwa.service.persistence.crypto;

import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts and decrypts invention content at rest with AES-256-GCM (javax.crypto): a random 96-bit
 * nonce per value, a 128-bit tag, and the value's place ({@code table.column:row id}) as associated
 * data, so a value copied to another row or column does not decrypt. Each value carries the id of
 * its key ({@link ContentKeys}):
 *
 * <ul>
 *   <li>text: {@code enc:v1:<key id>:<base64 of nonce ‖ ciphertext ‖ tag>};
 *   <li>bytes: {@code TAIWA-ENC1} ‖ key id (8 bytes) ‖ nonce ‖ ciphertext ‖ tag.
 * </ul>
 *
 * A value without the marker is read as plain (written before encryption existed); the service
 * encrypts such values on start and {@code taiwa content-key rotate} on demand.
 */
@Singleton
public final class ContentCipher {
  static final String TEXT_MARKER = "enc:v1:";
  private static final byte[] BYTES_MARKER = "TAIWA-ENC1".getBytes(StandardCharsets.US_ASCII);
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final int KEY_ID_BYTES = 8;

  private final ContentKeys keys;
  private final SecureRandom random = new SecureRandom();

  public ContentCipher(ContentKeys keys) {
    this.keys = keys;
  }

  /** {@code plain} encrypted under the current key for {@code place}; null stays null. */
  public String encrypt(String plain, String place) {
    if (plain == null) {
      return null;
    }
    ContentKeys.Key key = keys.current();
    byte[] sealed = seal(key, plain.getBytes(StandardCharsets.UTF_8), place);
    return TEXT_MARKER + key.id() + ":" + Base64.getEncoder().encodeToString(sealed);
  }

  /** The plain text of a stored value of {@code place}; a value without the marker as it is. */
  public String decrypt(String stored, String place) {
    if (stored == null || !stored.startsWith(TEXT_MARKER)) {
      return stored;
    }
    int colon = stored.indexOf(':', TEXT_MARKER.length());
    if (colon < 0) {
      throw new IllegalStateException("malformed encrypted value at " + place);
    }
    ContentKeys.Key key = keys.byId(stored.substring(TEXT_MARKER.length(), colon));
    byte[] sealed = Base64.getDecoder().decode(stored.substring(colon + 1));
    return new String(open(key, sealed, place), StandardCharsets.UTF_8);
  }

  /** {@code plain} bytes encrypted under the current key for {@code place}; null stays null. */
  public byte[] encrypt(byte[] plain, String place) {
    if (plain == null) {
      return null;
    }
    ContentKeys.Key key = keys.current();
    byte[] sealed = seal(key, plain, place);
    return ByteBuffer.allocate(BYTES_MARKER.length + KEY_ID_BYTES + sealed.length)
        .put(BYTES_MARKER)
        .put(HexFormat.of().parseHex(key.id()))
        .put(sealed)
        .array();
  }

  /** The plain bytes of a stored value of {@code place}; bytes without the marker as they are. */
  public byte[] decrypt(byte[] stored, String place) {
    if (stored == null || !encrypted(stored)) {
      return stored;
    }
    int from = BYTES_MARKER.length;
    String id = HexFormat.of().formatHex(Arrays.copyOfRange(stored, from, from + KEY_ID_BYTES));
    return open(
        keys.byId(id), Arrays.copyOfRange(stored, from + KEY_ID_BYTES, stored.length), place);
  }

  /** The id of the key a stored text was encrypted with; empty for a plain value. */
  public Optional<String> keyIdOf(String stored) {
    if (stored == null || !stored.startsWith(TEXT_MARKER)) {
      return Optional.empty();
    }
    int colon = stored.indexOf(':', TEXT_MARKER.length());
    return Optional.of(stored.substring(TEXT_MARKER.length(), colon));
  }

  /** The id of the key stored bytes were encrypted with; empty for plain bytes. */
  public Optional<String> keyIdOf(byte[] stored) {
    if (stored == null || !encrypted(stored)) {
      return Optional.empty();
    }
    int from = BYTES_MARKER.length;
    return Optional.of(
        HexFormat.of().formatHex(Arrays.copyOfRange(stored, from, from + KEY_ID_BYTES)));
  }

  /** The current key's id. */
  public String currentKeyId() {
    return keys.currentId();
  }

  private static boolean encrypted(byte[] stored) {
    return stored.length > BYTES_MARKER.length + KEY_ID_BYTES
        && Arrays.equals(Arrays.copyOf(stored, BYTES_MARKER.length), BYTES_MARKER);
  }

  private byte[] seal(ContentKeys.Key key, byte[] plain, String place) {
    byte[] nonce = new byte[NONCE];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt content at " + place, e);
    }
  }

  private static byte[] open(ContentKeys.Key key, byte[] sealed, String place) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          key.secret(),
          new GCMParameterSpec(TAG_BITS, Arrays.copyOf(sealed, NONCE)));
      cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "content at " + place + " does not decrypt with key " + key.id(), e);
    }
  }
}
