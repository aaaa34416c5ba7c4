package dev.taiwa.service.persistence.crypto;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that encrypt invention content at rest: the current one ({@code
 * taiwa.content-key.current} / {@code TAIWA_CONTENT_KEY}, base64 of 32 random bytes: AES-256),
 * which encrypts every new value, and the previous ones ({@code taiwa.content-key.previous} /
 * {@code TAIWA_CONTENT_PREVIOUS_KEYS}, comma-separated), which only decrypt what they encrypted
 * until {@code taiwa content-key rotate} has re-encrypted it. Each key is known by its id, the
 * first 8 bytes of a SHA-256 of the key (hex), stored with every value, so values under several
 * keys can coexist.
 *
 * <p>Without a configured key the development key is used, which is published in this file and
 * protects nothing: production mode ({@code taiwa.mode=production}) refuses to start with it (the
 * keys are read when the application starts, service and tools alike).
 */
@Context
public final class ContentKeys {
  /** The development key: base64 of SHA-256 of a public phrase. Never for production. */
  static final String DEVELOPMENT_KEY = developmentKey();

  private final Key current;
  private final Map<String, Key> byId;

  /** One AES key and its id. */
  record Key(String id, SecretKey secret) {}

  ContentKeys(
      @Value("${taiwa.content-key.current:}") String current,
      @Value("${taiwa.content-key.previous:}") String previous,
      @Value("${taiwa.mode:development}") String mode) {
    String configured = current == null || current.isBlank() ? DEVELOPMENT_KEY : current.strip();
    if ("production".equals(mode) && configured.equals(DEVELOPMENT_KEY)) {
      throw new IllegalStateException(
          "Production mode refuses the development content key: set TAIWA_CONTENT_KEY (base64 of"
              + " 32 random bytes, e.g. `openssl rand -base64 32`).");
    }
    this.current = key(configured, "TAIWA_CONTENT_KEY");
    Map<String, Key> keys = new LinkedHashMap<>();
    keys.put(this.current.id(), this.current);
    for (String old : split(previous)) {
      Key key = key(old, "TAIWA_CONTENT_PREVIOUS_KEYS");
      keys.putIfAbsent(key.id(), key);
    }
    this.byId = Collections.unmodifiableMap(keys);
  }

  /** The key every new value is encrypted with. */
  Key current() {
    return current;
  }

  /** The key of {@code id}, when configured (current or previous). */
  Key byId(String id) {
    Key key = byId.get(id);
    if (key == null) {
      throw new IllegalStateException(
          "content encrypted with key "
              + id
              + ", which is not configured: add it to TAIWA_CONTENT_PREVIOUS_KEYS (or make it"
              + " TAIWA_CONTENT_KEY)");
    }
    return key;
  }

  /** True when the current key is the development key. */
  public boolean development() {
    return current.id().equals(idOf(decode(DEVELOPMENT_KEY, "development key")));
  }

  /** The current key's id. */
  public String currentId() {
    return current.id();
  }

  private static Key key(String base64, String setting) {
    byte[] bytes = decode(base64, setting);
    return new Key(idOf(bytes), new SecretKeySpec(bytes, "AES"));
  }

  private static byte[] decode(String base64, String setting) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(setting + " is not base64: " + e.getMessage());
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(
          setting + " must be 32 bytes (AES-256) in base64, not " + bytes.length + " bytes");
    }
    return bytes;
  }

  static String idOf(byte[] key) {
    return HexFormat.of()
        .formatHex(
            Arrays.copyOf(
                sha256("taiwa content key id\0".getBytes(StandardCharsets.UTF_8), key), 8));
  }

  private static List<String> split(String keys) {
    if (keys == null || keys.isBlank()) {
      return List.of();
    }
    return Arrays.stream(keys.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
  }

  private static String developmentKey() {
    return Base64.getEncoder()
        .encodeToString(
            sha256(
                "taiwa development content key: public, protects nothing"
                    .getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
