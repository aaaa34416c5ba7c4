package dev.taiwa.tools;

import picocli.CommandLine.Option;

/**
 * Who a command acts as, and the proof: the account ({@code --as}, default {@code $TAIWA_OPERATOR})
 * and its password, read from the first line of standard input with {@code --password-stdin}, or
 * else asked for on the terminal. Mixed into every subcommand that reads or writes cases or
 * accounts; {@link OperatorAccount} checks the pair exactly as {@code POST /login} does (lockout
 * and audit included).
 */
public final class OperatorCredentials {
  @Option(
      names = "--as",
      description = "the account to act as (default: $TAIWA_OPERATOR)",
      defaultValue = "${env:TAIWA_OPERATOR}")
  String username;

  @Option(
      names = "--password-stdin",
      description =
          "read the account's password from the first line of standard input (else it is asked"
              + " for on the terminal)")
  boolean passwordFromStdin;

  public String username() {
    return username;
  }

  public boolean passwordFromStdin() {
    return passwordFromStdin;
  }
}
