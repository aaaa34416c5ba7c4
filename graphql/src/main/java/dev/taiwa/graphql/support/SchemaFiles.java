package dev.taiwa.graphql.support;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The SDL files under {@code graphql/} on the classpath, one per subdomain, merged once. */
public final class SchemaFiles {
  /** Every SDL file, roots and shared types first. */
  public static final List<String> ALL =
      List.of(
          "schema.graphqls",
          "errors.graphqls",
          "identity.graphqls",
          "catalogue.graphqls",
          "prereport.graphqls",
          "audit.graphqls",
          "access.graphqls",
          "admin.graphqls",
          "dialogue.graphqls",
          "patent.graphqls",
          "patent-review.graphqls",
          "outcome.graphqls",
          "deadline.graphqls",
          "notification.graphqls",
          "patent-confirmation.graphqls",
          "patent-compensation.graphqls",
          "patent-link.graphqls",
          "dialogue-queue.graphqls",
          "patent-nonsending.graphqls",
          "timeline.graphqls",
          "document.graphqls",
          "patent-specified-field-revision.graphqls",
          "screening.graphqls",
          "statistics.graphqls",
          "saved-view.graphqls");

  private static final String FOLDER = "graphql/";

  private SchemaFiles() {}

  /** Parses and merges every file; a missing file or a syntax error fails loudly at start-up. */
  public static TypeDefinitionRegistry load() {
    SchemaParser parser = new SchemaParser();
    TypeDefinitionRegistry merged = new TypeDefinitionRegistry();
    for (String file : ALL) {
      merged.merge(parser.parse(read(file)));
    }
    return merged;
  }

  private static String read(String file) {
    ClassLoader loader = SchemaFiles.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("SDL file missing from the classpath: " + FOLDER + file);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
          text.append(buffer, 0, n);
        }
        return text.toString();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FOLDER + file, e);
    }
  }
}
