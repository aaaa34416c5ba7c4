package dev.taiwa.cases.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 over the previous hash, the sequence and every field of the entry, each
 * written as {@code length:value;} so that no two different events serialise alike.
 */
public final class AuditHash {
  /** The "previous hash" of the first event. */
  public static final String GENESIS = "0".repeat(64);

  private AuditHash() {}

  public static String of(long sequence, AuditEntry e, String previousHash) {
    StringBuilder canonical = new StringBuilder();
    field(canonical, previousHash);
    field(canonical, Long.toString(sequence));
    field(canonical, e.occurredAt().toString());
    field(canonical, e.actorId());
    field(canonical, e.actorName());
    field(canonical, e.actorOrganisation());
    field(canonical, e.caseId());
    field(canonical, e.action());
    field(canonical, e.outcome().name());
    field(canonical, e.summary());
    return sha256(canonical.toString());
  }

  /** Recomputes {@code event}'s hash from its content and the previous hash it names. */
  public static boolean matches(AuditEvent event) {
    return of(event.sequence(), event.entry(), event.previousHash()).equals(event.hash());
  }

  private static void field(StringBuilder out, Object value) {
    String text = value == null ? "" : value.toString();
    out.append(value == null ? -1 : text.length()).append(':').append(text).append(';');
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
