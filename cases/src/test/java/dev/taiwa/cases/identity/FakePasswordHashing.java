package dev.taiwa.cases.identity;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transparent stand-in for the slow hash ({@code fake-hash:<reversed password>}), counting how
 * often it checked a password so tests can see that every path pays the same work.
 */
public final class FakePasswordHashing implements PasswordHashing {
  private static final String PREFIX = "fake-hash:";
  private final AtomicInteger checks = new AtomicInteger();

  @Override
  public String hash(String password) {
    return PREFIX + new StringBuilder(password).reverse();
  }

  @Override
  public boolean matches(String password, String encoded) {
    checks.incrementAndGet();
    return encoded.equals(hash(password));
  }

  public int checks() {
    return checks.get();
  }
}
