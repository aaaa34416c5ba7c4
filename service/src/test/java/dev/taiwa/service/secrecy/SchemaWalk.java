package dev.taiwa.service.secrecy;

import dev.taiwa.service.http.ApiClient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema as the server tells it (introspection over HTTP), and selection sets generated from
 * it: every field of a type and of every object type it leads to, with {@code __typename} on every
 * object, leaving out only a type already on the path (a cycle) and fields that need arguments.
 * Every field path a selection holds is counted in {@link #paths()}.
 */
final class SchemaWalk {
  private static final String INTROSPECTION =
      "{ __schema { queryType { name } types { name kind fields { name"
          + " args { name defaultValue type { kind ofType { kind } } }"
          + " type { kind name ofType { kind name ofType { kind name ofType { kind name ofType {"
          + " kind name } } } } } } } } }";

  /** A field of an object type: its name, the named type it ends in, and whether it is plain. */
  record Field(String name, String type, boolean object, boolean needsArguments) {}

  private final Map<String, List<Field>> types = new HashMap<>();
  private final String queryType;
  private final Set<String> paths = new LinkedHashSet<>();

  @SuppressWarnings("unchecked")
  SchemaWalk(ApiClient api, String token) {
    Map<String, Object> schema = api.graphql(token, INTROSPECTION).at("__schema");
    queryType = (String) ((Map<String, Object>) schema.get("queryType")).get("name");
    for (Map<String, Object> type : (List<Map<String, Object>>) schema.get("types")) {
      if (!"OBJECT".equals(type.get("kind")) || ((String) type.get("name")).startsWith("__")) {
        continue;
      }
      List<Field> fields = new ArrayList<>();
      for (Map<String, Object> field : (List<Map<String, Object>>) type.get("fields")) {
        Map<String, Object> named = (Map<String, Object>) field.get("type");
        while (named.get("ofType") != null) {
          named = (Map<String, Object>) named.get("ofType");
        }
        boolean needsArguments =
            ((List<Map<String, Object>>) field.get("args"))
                .stream()
                    .anyMatch(
                        a ->
                            a.get("defaultValue") == null
                                && "NON_NULL"
                                    .equals(((Map<String, Object>) a.get("type")).get("kind")));
        fields.add(
            new Field(
                (String) field.get("name"),
                (String) named.get("name"),
                "OBJECT".equals(named.get("kind")),
                needsArguments));
      }
      types.put((String) type.get("name"), fields);
    }
  }

  List<Field> fieldsOf(String type) {
    return types.getOrDefault(type, List.of());
  }

  String queryType() {
    return queryType;
  }

  /** Every object type {@code type} leads to through its fields, itself included. */
  Set<String> reachableFrom(String type) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> open = new ArrayDeque<>(List.of(type));
    while (!open.isEmpty()) {
      String next = open.pop();
      if (seen.add(next)) {
        fieldsOf(next).stream().filter(Field::object).forEach(f -> open.push(f.type()));
      }
    }
    return seen;
  }

  /** The full selection of {@code type} (without braces), its paths recorded under {@code at}. */
  String selection(String type, String at) {
    return selection(type, at, new ArrayDeque<>(), 0);
  }

  /** The field paths (type.field) every selection made so far holds. */
  Set<String> paths() {
    return paths;
  }

  private String selection(String type, String at, Deque<String> path, int depth) {
    path.push(type);
    StringBuilder out = new StringBuilder("__typename");
    for (Field field : fieldsOf(type)) {
      if (field.needsArguments()) {
        continue;
      }
      if (!field.object()) {
        out.append(' ').append(field.name());
        paths.add(type + "." + field.name());
      } else if (!path.contains(field.type()) && depth < 6) {
        out.append(' ')
            .append(field.name())
            .append(" { ")
            .append(selection(field.type(), at + "." + field.name(), path, depth + 1))
            .append(" }");
        paths.add(type + "." + field.name());
      }
    }
    path.pop();
    return out.toString();
  }
}
