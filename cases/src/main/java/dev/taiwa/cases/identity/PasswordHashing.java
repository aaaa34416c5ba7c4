package dev.taiwa.cases.identity;

/**
 * Port: the salted slow password hash. The encoding is the service's business; the domain only
 * hashes new passwords and checks typed ones.
 */
public interface PasswordHashing {
  /** A fresh salted hash of {@code password}; never the password itself. */
  String hash(String password);

  /** True when {@code password} matches {@code encoded}; false for a malformed hash. */
  boolean matches(String password, String encoded);
}
