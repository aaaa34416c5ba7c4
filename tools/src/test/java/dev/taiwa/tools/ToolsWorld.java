package dev.taiwa.tools;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.Organisations;
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
import java.util.Map;
import java.util.Set;

/**
 * A temporary SQLite database with one company and its filer ({@code filer}), an examiner ({@code
 * examiner}), a dialogue officer ({@code officer}) and an administrator ({@code admin}); runs
 * {@code taiwa} commands on it as an operator would.
 */
public final class ToolsWorld {
  public static final String COMPANY = "さくら電子株式会社";

  private final Path file;

  public ToolsWorld(Path directory) {
    this.file = directory.resolve("data").resolve("taiwa.db");
    try (ApplicationContext context =
        ApplicationContext.builder().environments("cli").properties(properties()).start()) {
      Organisations organisations = context.getBean(Organisations.class);
      UserAccounts accounts = context.getBean(UserAccounts.class);
      OrganisationId company = OrganisationId.random();
      OrganisationId ministry = OrganisationId.random();
      organisations.insert(new Organisation(company, COMPANY, OrganisationKind.COMPANY));
      organisations.insert(new Organisation(ministry, "経済産業省", OrganisationKind.GOVERNMENT));
      accounts.insert(account("filer", company, Role.FILER));
      accounts.insert(account("examiner", ministry, Role.PATENT_EXAMINER));
      accounts.insert(account("examiner2", ministry, Role.PATENT_EXAMINER));
      accounts.insert(account("officer", ministry, Role.DIALOGUE_OFFICER));
      accounts.insert(account("reviewer", ministry, Role.SECURITY_REVIEWER));
      accounts.insert(account("admin", ministry, Role.ADMIN));
    }
  }

  private static UserAccount account(String name, OrganisationId organisation, Role role) {
    return new UserAccount(
        UserId.random(), name, name, organisation, Set.of(role), "not-a-hash", true, Instant.now());
  }

  public Path file() {
    return file;
  }

  public Map<String, Object> properties() {
    return Map.of("taiwa.database.file", file.toString());
  }

  public Run run(String... args) {
    return runWithInput("", args);
  }

  /** {@link #run} with {@code input} piped into standard input. */
  public Run runWithInput(String input, String... args) {
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
