package dev.taiwa.service.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.configuration.graphql.GraphQLResponseBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The answer's bytes are what the service's Jackson mapper writes for the whole result (as it did
 * through {@link GraphQLResponseBody} before): nulls kept, order kept, text escaped alike.
 */
@MicronautTest(transactional = false)
class ResultJsonTest extends DatabaseTest {
  @Inject ObjectMapper mapper;
  @Inject ResultJson results;

  @Test
  void aPageOfDataIsWrittenAsTheMapperWritesIt() throws Exception {
    Map<String, Object> counterparty =
        object("nameOriginal", "東京\"精密\"\\工業\n", "countryCode", null);
    Map<String, Object> node =
        object(
            "id",
            "0190a8e2-0000-7000-8000-000000000001",
            "state",
            "SUBMITTED",
            "technologies",
            List.of(object("number", 3, "nameJa", "積層造形 🛠")),
            "counterparty",
            counterparty,
            "officer",
            null,
            "overdue",
            false,
            "share",
            0.125,
            "count",
            12_345_678_901L,
            "amount",
            new BigDecimal("1234.50"),
            "big",
            new BigInteger("123456789012345678901234567890"),
            "empty",
            List.of(),
            "nothing",
            Map.of());
    Map<String, Object> specification =
        object(
            "data",
            object(
                "preReports",
                object(
                    "edges", List.of(object("cursor", "abc", "node", node)),
                    "pageInfo", object("hasNextPage", true, "endCursor", null))));

    assertSameBytes(specification);
  }

  @Test
  void errorsWithPathsLocationsAndExtensionsAreWrittenAsTheMapperWritesThem() throws Exception {
    List<Object> path = new ArrayList<>(Arrays.asList("preReport", "meetings", 0, "place"));
    Map<String, Object> error =
        object(
            "message",
            "Not found: <script>",
            "locations",
            List.of(object("line", 1, "column", 9)),
            "path",
            path,
            "extensions",
            object("code", "NOT_FOUND", "day", DayOfWeek.MONDAY, "limit", 12.0f));
    Map<String, Object> specification = object("errors", List.of(error), "data", null);

    assertSameBytes(specification);
  }

  private void assertSameBytes(Map<String, Object> specification) throws Exception {
    byte[] expected = mapper.writeValueAsBytes(new GraphQLResponseBody(specification));

    byte[] written = results.write(specification);

    assertEquals(
        new String(expected, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8));
  }

  /** A map in the order of its keys and values, nulls allowed (as graphql-java builds them). */
  private static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }
}
