package dev.taiwa.graphql.support;

import dev.taiwa.cases.kernel.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The opaque cursor of a list ordered by a sort key then an id: base64url of {@code key|id}. A
 * malformed cursor is refused (INVALID_VALUE) naming the list it should come from.
 */
public final class KeyedCursor {
  private static final String SEPARATOR = "|";

  private KeyedCursor() {}

  public static String encode(Object key, UUID id) {
    String plain = key + SEPARATOR + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position named by {@code cursor}: its key read by {@code parseKey}, made a position by
   * {@code position}; empty for null.
   */
  public static <K, P> Optional<P> decode(
      String cursor,
      String listName,
      Function<String, K> parseKey,
      BiFunction<K, UUID, P> position) {
    if (cursor == null) {
      return Optional.empty();
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int split = plain.indexOf(SEPARATOR);
      if (split < 0) {
        throw malformed(listName);
      }
      K key = parseKey.apply(plain.substring(0, split));
      UUID id = Ids.uuid(plain.substring(split + 1)).orElseThrow(() -> malformed(listName));
      return Optional.of(position.apply(key, id));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw malformed(listName);
    }
  }

  private static RefusalException malformed(String listName) {
    return new RefusalException(
        ErrorCode.INVALID_VALUE,
        "after is not a cursor given by " + listName + ": pass an endCursor or cursor unchanged");
  }
}
