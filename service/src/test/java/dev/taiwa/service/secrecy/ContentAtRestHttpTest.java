package dev.taiwa.service.secrecy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.MovableClock;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invention content is stored encrypted, on either database: with secret applications, a prior
 * confirmation and a printed designation notice in the store, the SQLite file (and its WAL) holds
 * none of their titles, abstracts or claims in plain text, and on PostgreSQL every content column
 * holds ciphertext; a need-to-know reader still reads them through the API.
 */
@MicronautTest(transactional = false)
class ContentAtRestHttpTest extends DatabaseTest {
  private final MovableClock clock = MovableClock.startingNow();
  private Map<String, String> database;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  private ApiClient api;
  private SecretWorld w;

  @Override
  public Map<String, String> getProperties() {
    if (database == null) {
      database = new HashMap<>(super.getProperties());
    }
    return database;
  }

  @BeforeAll
  void secretCasesExist() {
    api = new ApiClient(http);
    w = new SecretWorld(api, new World(organisations, users, hasher), users, clock);
  }

  /** The secret texts of the fixture, as stored by the register calls. */
  private static List<String> secrets() {
    List<String> all = new ArrayList<>();
    for (String title :
        List.of(
            SecretWorld.DESIGNATED_TITLE,
            SecretWorld.WITHDRAWN_TITLE,
            SecretWorld.DISMISSED_TITLE)) {
      all.add(title);
      all.add("要約：" + title);
      all.add("【請求項1】" + title);
    }
    all.add(SecretWorld.CONFIRMATION_TITLE);
    all.add("事前確認の秘密の概要");
    all.add(SecretWorld.CONSULTATION_TEXT);
    return all;
  }

  @Test
  void aNeedToKnowReaderStillReadsTheContent() {
    assertEquals(
        SecretWorld.DESIGNATED_TITLE,
        api.graphql(
                w.reviewer,
                "query($id: ID!) { patentApplication(id: $id) { title } }",
                Map.of("id", w.designated))
            .at("patentApplication.title"));
    assertEquals(
        SecretWorld.CONFIRMATION_TITLE,
        api.graphql(
                w.filer,
                "query($id: ID!) { priorConfirmation(id: $id) { title } }",
                Map.of("id", w.confirmation))
            .at("priorConfirmation.title"));
    List<Map<String, Object>> records =
        api.graphql(
                w.reviewer,
                "query($id: ID!) { patentApplication(id: $id) { reviewRecords { text } } }",
                Map.of("id", w.designated))
            .at("patentApplication.reviewRecords");
    assertTrue(
        records.stream().anyMatch(r -> SecretWorld.CONSULTATION_TEXT.equals(r.get("text"))),
        records::toString);
  }

  @Test
  void theSqliteFileAndItsWalHoldNoTitleAbstractOrClaimsInPlainText() throws IOException {
    if (TestDatabase.isPostgres()) {
      return;
    }
    Path file = Path.of(database.get("taiwa.database.file"));
    for (Path copy : List.of(file, Path.of(file + "-wal"))) {
      if (!Files.exists(copy)) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(copy);
      assertTrue(bytes.length > 0, copy.toString());
      for (String secret : secrets()) {
        assertFalse(
            contains(bytes, secret.getBytes(StandardCharsets.UTF_8)),
            secret + " in plain text in " + copy);
      }
    }
    assertTrue(
        contains(Files.readAllBytes(file), "enc:v1:".getBytes(StandardCharsets.US_ASCII))
            || contains(
                Files.readAllBytes(Path.of(file + "-wal")),
                "enc:v1:".getBytes(StandardCharsets.US_ASCII)),
        "the ciphertext is there");
  }

  @Test
  void everyContentColumnHoldsCiphertextOnEitherDatabase() throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      List<String> stored = new ArrayList<>();
      for (String query :
          List.of(
              "SELECT title, abstract_text, claims FROM patent_application",
              "SELECT title, summary, title FROM prior_confirmation",
              "SELECT snapshot, snapshot, snapshot FROM issued_document",
              "SELECT body, body, body FROM patent_review_record")) {
        try (ResultSet rows = statement.executeQuery(query)) {
          while (rows.next()) {
            for (int i = 1; i <= 3; i++) {
              stored.add(rows.getString(i));
            }
          }
        }
      }
      assertTrue(stored.size() >= 3 * 7, "rows read: " + stored.size());
      for (String value : stored) {
        assertTrue(value.startsWith("enc:v1:"), value);
        for (String secret : secrets()) {
          assertFalse(value.contains(secret), value);
        }
      }
      try (ResultSet pdf = statement.executeQuery("SELECT pdf FROM issued_document")) {
        assertTrue(pdf.next());
        byte[] bytes = pdf.getBytes(1);
        assertEquals(
            "TAIWA-ENC1", new String(bytes, 0, 10, StandardCharsets.US_ASCII), "encrypted PDF");
      }
    }
  }

  private Connection connect() throws SQLException {
    if (TestDatabase.isPostgres()) {
      return DriverManager.getConnection(
          database.get("taiwa.database.url"),
          database.get("taiwa.database.user"),
          database.get("taiwa.database.password"));
    }
    return DriverManager.getConnection("jdbc:sqlite:" + database.get("taiwa.database.file"));
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
