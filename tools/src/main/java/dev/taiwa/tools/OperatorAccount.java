package dev.taiwa.tools;

import dev.taiwa.cases.identity.application.LoginAttempts;
import dev.taiwa.cases.identity.application.LoginFailureReason;
import dev.taiwa.cases.identity.application.LoginOutcome;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.service.importing.BusyRetry;
import jakarta.inject.Singleton;
import java.io.Console;
import java.io.PrintWriter;

/**
 * The named account a command acts as, once it has proved to be that account: its password is
 * checked by the login use case ({@link LoginAttempts}), so a command-line run counts towards the
 * lockout and is audited as LOGIN_SUCCEEDED or LOGIN_FAILED naming the command line and the
 * operating-system user who ran it. The use cases then apply that account's roles and organisation
 * exactly as they do for a GraphQL caller, and every read or change they audit names the account.
 */
@Singleton
public final class OperatorAccount {
  private final LoginAttempts logins;
  private final OperatorInput input;
  private final UnitOfWork unitOfWork;

  OperatorAccount(LoginAttempts logins, OperatorInput input, UnitOfWork unitOfWork) {
    this.logins = logins;
    this.input = input;
    this.unitOfWork = unitOfWork;
  }

  /**
   * The account of {@code credentials} as an actor; a failure when it does not prove to be it. The
   * check is tried again while the database is busy (it writes its audit event), saying so on
   * {@code err}.
   */
  public Actor authenticate(OperatorCredentials credentials, PrintWriter err) {
    String username = credentials.username();
    if (username == null || username.isBlank()) {
      throw new ToolFailure("name the operator account with --as <username> (or TAIWA_OPERATOR)");
    }
    String password = password(username.strip(), credentials.passwordFromStdin());
    LoginOutcome outcome =
        new BusyRetry(unitOfWork, err)
            .inTransaction(
                "the password check", () -> logins.attempt(username.strip(), password, channel()));
    if (outcome instanceof LoginOutcome.Succeeded succeeded) {
      return succeeded.account().asActor();
    }
    LoginFailureReason reason = ((LoginOutcome.Failed) outcome).reason();
    throw new ToolFailure(
        reason == LoginFailureReason.DISABLED
            ? "the account " + username.strip() + " is disabled"
            : "the user name and password do not match (or the account is locked)");
  }

  private String password(String username, boolean fromStdin) {
    if (fromStdin) {
      String line = input.nextLine();
      if (line == null || line.isEmpty()) {
        throw new ToolFailure("pipe the password of " + username + " into standard input");
      }
      return line;
    }
    Console console = System.console();
    if (console == null) {
      throw new ToolFailure(
          "prove you are "
              + username
              + ": give its password with --password-stdin (first line of standard input), or run"
              + " the command on a terminal to be asked for it");
    }
    char[] typed = console.readPassword("Password of %s: ", username);
    if (typed == null || typed.length == 0) {
      throw new ToolFailure("no password given for " + username);
    }
    return new String(typed);
  }

  /** What the audit log says of the run: the command line and the OS user who started it. */
  static String channel() {
    return "taiwa command line, OS user " + System.getProperty("user.name", "unknown");
  }
}
