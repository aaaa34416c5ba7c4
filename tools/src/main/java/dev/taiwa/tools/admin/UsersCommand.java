package dev.taiwa.tools.admin;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.identity.application.AccountAdministration;
import dev.taiwa.cases.identity.application.NewUser;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.tools.OperatorAccount;
import dev.taiwa.tools.OperatorCredentials;
import dev.taiwa.tools.OperatorInput;
import dev.taiwa.tools.TaiwaCommand;
import dev.taiwa.tools.ToolFailure;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code taiwa users list|create|disable}: account administration through {@link
 * AccountAdministration}, acting as an ADMIN account ({@code --as}); every change and refusal is
 * audited by the use case. A refusal prints its reasons and exits 1.
 */
@Command(
    name = "users",
    description = "Lists, creates and disables accounts (as an ADMIN account).",
    mixinStandardHelpOptions = true,
    subcommands = {
      UsersCommand.ListUsers.class,
      UsersCommand.Create.class,
      UsersCommand.Disable.class
    })
public final class UsersCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: list, create or disable");
  }

  /** The options and beans every users subcommand shares. */
  abstract static class AsAdmin implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin OperatorCredentials operator;

    AccountAdministration administration;
    UserAccounts users;
    Organisations organisations;
    private OperatorAccount accounts;

    /** Called by each subcommand's injected method: Micronaut injects the concrete classes. */
    void use(
        OperatorAccount accounts,
        AccountAdministration administration,
        UserAccounts users,
        Organisations organisations) {
      this.accounts = accounts;
      this.administration = administration;
      this.users = users;
      this.organisations = organisations;
    }

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    Actor actor() {
      return accounts.authenticate(operator, spec.commandLine().getErr());
    }

    <T> int report(Result<T> result, String done) {
      if (result.accepted()) {
        out().println(done);
        return 0;
      }
      for (Rejection r : result.errors()) {
        out().println((r.field() == null ? "" : r.field() + ": ") + r.code() + " " + r.message());
      }
      return TaiwaCommand.PROBLEM_FOUND;
    }

    String line(UserAccount account) {
      String organisation =
          organisations.find(account.organisationId()).map(Organisation::name).orElse("?");
      return account.username()
          + "\t"
          + new TreeSet<>(account.roles())
          + "\t"
          + (account.enabled() ? "enabled" : "disabled")
          + "\t"
          + organisation;
    }
  }

  /** {@code taiwa users list}. */
  @Command(name = "list", description = "Lists every account.", mixinStandardHelpOptions = true)
  public static final class ListUsers extends AsAdmin {
    @Inject
    void inject(
        OperatorAccount accounts,
        AccountAdministration administration,
        UserAccounts users,
        Organisations organisations) {
      use(accounts, administration, users, organisations);
    }

    @Override
    public Integer call() {
      Result<List<UserAccount>> result = administration.users(actor(), null);
      result.value().ifPresent(all -> all.forEach(a -> out().println(line(a))));
      return result.accepted() ? 0 : report(result, "");
    }
  }

  /** {@code taiwa users create <username> --name ... --organisation ... --role ...}. */
  @Command(
      name = "create",
      description = "Creates an account; the initial password from $TAIWA_NEW_PASSWORD or stdin.",
      mixinStandardHelpOptions = true)
  public static final class Create extends AsAdmin {
    @Inject
    void inject(
        OperatorAccount accounts,
        AccountAdministration administration,
        UserAccounts users,
        Organisations organisations) {
      use(accounts, administration, users, organisations);
    }

    @Parameters(index = "0", description = "the user name")
    String username;

    @Option(names = "--name", required = true, description = "the display name")
    String displayName;

    @Option(names = "--organisation", required = true, description = "organisation name or id")
    String organisation;

    @Option(names = "--role", required = true, split = ",", description = "roles, e.g. FILER")
    Set<Role> roles;

    @Option(
        names = "--password-env",
        defaultValue = "TAIWA_NEW_PASSWORD",
        description = "the environment variable holding the initial password")
    String passwordVariable;

    @Option(
        names = "--new-password-stdin",
        description =
            "read the initial password from standard input instead: its first line, or its"
                + " second when the operator's own password comes first (--password-stdin)")
    boolean passwordFromStdin;

    @Inject OperatorInput input;

    @Override
    public Integer call() {
      Actor acting = actor();
      String password = passwordFromStdin ? input.nextLine() : System.getenv(passwordVariable);
      if (password == null) {
        throw new ToolFailure(
            passwordFromStdin
                ? "pipe the initial password into standard input"
                : "set the initial password in $" + passwordVariable);
      }
      Organisation target =
          organisations.all().stream()
              .filter(o -> o.name().equals(organisation) || o.id().toString().equals(organisation))
              .findFirst()
              .orElseThrow(() -> new ToolFailure("no organisation " + organisation));
      return report(
          administration.createUser(
              acting, new NewUser(username, displayName, target.id(), roles, password)),
          "Created " + username);
    }
  }

  /** {@code taiwa users disable <username>}. */
  @Command(
      name = "disable",
      description = "Disables an account at once.",
      mixinStandardHelpOptions = true)
  public static final class Disable extends AsAdmin {
    @Inject
    void inject(
        OperatorAccount accounts,
        AccountAdministration administration,
        UserAccounts users,
        Organisations organisations) {
      use(accounts, administration, users, organisations);
    }

    @Parameters(index = "0", description = "the user name")
    String username;

    @Override
    public Integer call() {
      UserAccount account =
          users
              .findByUsername(username)
              .orElseThrow(() -> new ToolFailure("no account " + username));
      return report(administration.disableUser(actor(), account.id()), "Disabled " + username);
    }
  }
}
