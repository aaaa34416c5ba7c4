package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, many nodes on one database: a console session started on one node is honoured by
 * another (a load balancer need not be sticky, a restart signs no one out), signing out on either
 * ends it on both, and the database holds only a hash of the session cookie's value.
 */
class ConsoleSessionsOnTwoNodesTest {
  @Test
  void aSessionStartedOnOneNodeIsHonouredAndEndedOnTheOther() throws Exception {
    Map<String, Object> properties = new HashMap<>(TestDatabase.freshProperties());
    properties.put("micronaut.server.port", -1);
    properties.put("taiwa.demo-data", false);
    properties.put("taiwa.deadlines.sweep.enabled", false);
    try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, properties);
        EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, properties);
        ConsoleBrowser onFirst = new ConsoleBrowser(first.getURL());
        ConsoleBrowser onSecond = new ConsoleBrowser(second.getURL())) {
      ApplicationContext context = first.getApplicationContext();
      World world =
          new World(
              context.getBean(Organisations.class),
              context.getBean(UserAccounts.class),
              context.getBean(PasswordHasher.class));
      String filer = world.user("n-alpha-filer", world.alpha, Role.FILER);

      assertEquals(303, onFirst.signIn(filer, World.PASSWORD).status());
      String cookie = onFirst.cookies().get(ConsoleCookies.SESSION);
      assertNotNull(cookie);
      onSecond.cookies().put(ConsoleCookies.SESSION, cookie);
      ConsoleBrowser.Page home = onSecond.get("/");
      assertEquals(200, home.status(), "the second node knows the session: " + home.location());

      DataSource pool = context.getBean(DataSource.class);
      List<String> stored = storedValues(context.getBean(DataSourceResolver.class).resolve(pool));
      assertEquals(sha256(cookie), stored.get(0), "the row is named by the cookie's hash");
      for (String value : stored) {
        assertFalse(value.contains(cookie), "no column holds the cookie's value: " + value);
      }

      ConsoleBrowser.Page out = onSecond.post("/signout", Map.of("csrf", home.csrf()));
      assertEquals(303, out.status());
      assertEquals("/signin", onFirst.get("/").location(), "signed out on the first node too");
    }
  }

  /** The values of the one stored console session, its key first. */
  private static List<String> storedValues(DataSource dataSource) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM console_session")) {
      ResultSetMetaData columns = rows.getMetaData();
      int count = 0;
      while (rows.next()) {
        count++;
        values.add(rows.getString("id_hash"));
        for (int i = 1; i <= columns.getColumnCount(); i++) {
          values.add(String.valueOf(rows.getString(i)));
        }
      }
      assertEquals(1, count, "one session stored");
    }
    return values;
  }

  private static String sha256(String value) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
  }
}
