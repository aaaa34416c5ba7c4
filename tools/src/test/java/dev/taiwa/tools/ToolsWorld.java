package dev.taiwa.tools;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.PasswordHashing;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A temporary SQLite database with one company and its filer ({@code filer}), an examiner ({@code
 * examiner}), a dialogue officer ({@code officer}) and an administrator ({@code admin}), each with
 * the password {@link #PASSWORD}; runs {@code taiwa} commands on it as an operator would: a command
 * acting {@code --as} an account proves it with the account's password on standard input ({@code
 * --password-stdin}) unless the test gives its own credentials ({@link #runAs}).
 */
public final class ToolsWorld {
  public static final String COMPANY = "さくら電子株式会社";

  /** Every account's password. */
  public static final String PASSWORD = "tools world password 1";

  private final Path file;
  private final Map<String, Object> settings = new java.util.HashMap<>();

  public ToolsWorld(Path directory) {
    this.file = directory.resolve("data").resolve("taiwa.db");
    try (ApplicationContext context =
        ApplicationContext.builder().environments("cli").properties(properties()).start()) {
      Organisations organisations = context.getBean(Organisations.class);
      UserAccounts accounts = context.getBean(UserAccounts.class);
      String hash = context.getBean(PasswordHashing.class).hash(PASSWORD);
      OrganisationId company = OrganisationId.random();
      OrganisationId ministry = OrganisationId.random();
      organisations.insert(new Organisation(company, COMPANY, OrganisationKind.COMPANY));
      organisations.insert(new Organisation(ministry, "経済産業省", OrganisationKind.GOVERNMENT));
      accounts.insert(account("filer", company, Role.FILER, hash));
      accounts.insert(account("examiner", ministry, Role.PATENT_EXAMINER, hash));
      accounts.insert(account("examiner2", ministry, Role.PATENT_EXAMINER, hash));
      accounts.insert(account("officer", ministry, Role.DIALOGUE_OFFICER, hash));
      accounts.insert(account("reviewer", ministry, Role.SECURITY_REVIEWER, hash));
      accounts.insert(account("admin", ministry, Role.ADMIN, hash));
    }
  }

  private static UserAccount account(
      String name, OrganisationId organisation, Role role, String hash) {
    return new UserAccount(
        UserId.random(), name, name, organisation, Set.of(role), hash, true, Instant.now());
  }

  public Path file() {
    return file;
  }

  public Map<String, Object> properties() {
    Map<String, Object> all = new java.util.HashMap<>(settings);
    all.put("taiwa.database.file", file.toString());
    return all;
  }

  /** Sets a configuration property for every later run (e.g. a new content key). */
  public void set(String key, Object value) {
    settings.put(key, value);
  }

  public Run run(String... args) {
    return runWithInput("", args);
  }

  /**
   * {@link #run} with {@code input} piped into standard input, after the acting account's password
   * when the command acts {@code --as} an account.
   */
  public Run runWithInput(String input, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (all.contains("--as") && !all.contains("--password-stdin")) {
      all.add("--password-stdin");
      return runAs(PASSWORD + "\n" + input, all.toArray(String[]::new));
    }
    return runAs(input, args);
  }

  /** Runs {@code args} exactly as given, with {@code input} as standard input. */
  public Run runAs(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        TaiwaCommand.execute(
            args,
            properties(),
            new java.io.ByteArrayInputStream(
                input.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** What one command printed, and its exit code. */
  public record Run(int exitCode, String out, String err) {
    public String both() {
      return "exit " + exitCode + "\nout:\n" + out + "\nerr:\n" + err;
    }
  }

  /** Runs {@code work} on a new application context on the same database file. */
  public <T> T withContext(java.util.function.Function<ApplicationContext, T> work) {
    try (ApplicationContext context =
        ApplicationContext.builder().environments("cli").properties(properties()).start()) {
      return work.apply(context);
    }
  }

  /** The enabled account {@code username} as an actor. */
  public static dev.taiwa.cases.kernel.Actor actor(ApplicationContext context, String username) {
    return context.getBean(UserAccounts.class).findByUsername(username).orElseThrow().asActor();
  }

  /** The single number {@code sql} selects from the database file. */
  public long count(String sql) {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
