package dev.taiwa.cases.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rows one read-only request has already read, so that the parts of its answer that need the
 * same rows read them once: a case's detail reads the case for its own fields, and again for the
 * access checks of its timeline, documents and deadlines. Stores consult the memo of the thread
 * they run on ({@link #current}) and keep what they read in it; outside a memo (every write, every
 * tool) they read as before.
 *
 * <p>A memo lives as long as one request that only reads (a GraphQL document without mutations):
 * what it answers is what the store held when the request first read it, as if the request read in
 * one snapshot. A request that writes gets no memo; a store that writes a row while a memo is
 * active forgets it there, so the memo never answers an older row than the request wrote.
 */
public final class ReadMemo {
  private static final ThreadLocal<ReadMemo> CURRENT = new ThreadLocal<>();

  private final Map<String, Map<Object, Object>> tables = new ConcurrentHashMap<>();

  /** The memo of the request this thread works for, if any. */
  public static Optional<ReadMemo> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** Runs {@code work} on this thread with this memo as {@link #current}. */
  public <T> T call(Supplier<T> work) {
    ReadMemo outer = CURRENT.get();
    CURRENT.set(this);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** {@code executor}, running each task with this memo as {@link #current}. */
  public Executor around(Executor executor) {
    return task ->
        executor.execute(
            () ->
                call(
                    () -> {
                      task.run();
                      return null;
                    }));
  }

  /**
   * The row with {@code key} of {@code table}: from the current memo if it holds it, else read by
   * {@code read} (and kept when found). Without a current memo, just {@code read}.
   */
  public static <K, V> Optional<V> find(String table, K key, Supplier<Optional<V>> read) {
    ReadMemo memo = CURRENT.get();
    if (memo == null) {
      return read.get();
    }
    Map<Object, Object> rows = memo.table(table);
    @SuppressWarnings("unchecked")
    V known = (V) rows.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<V> found = read.get();
    found.ifPresent(value -> rows.put(key, value));
    return found;
  }

  /**
   * The rows with {@code keys} of {@code table} that exist, in any order: those the current memo
   * holds, and the others read by {@code read} in one call (and kept). Without a current memo, just
   * {@code read} of every key.
   */
  public static <K, V> List<V> findAll(
      String table, Collection<K> keys, Function<V, K> keyOf, Function<List<K>, List<V>> read) {
    ReadMemo memo = CURRENT.get();
    Set<K> wanted = new LinkedHashSet<>(keys);
    if (memo == null) {
      return read.apply(List.copyOf(wanted));
    }
    Map<Object, Object> rows = memo.table(table);
    List<V> found = new ArrayList<>();
    List<K> missing = new ArrayList<>();
    for (K key : wanted) {
      @SuppressWarnings("unchecked")
      V known = (V) rows.get(key);
      if (known != null) {
        found.add(known);
      } else {
        missing.add(key);
      }
    }
    if (!missing.isEmpty()) {
      for (V value : read.apply(missing)) {
        rows.put(keyOf.apply(value), value);
        found.add(value);
      }
    }
    return found;
  }

  /** Forgets the row with {@code key} of {@code table} in the current memo, if any. */
  public static void forget(String table, Object key) {
    ReadMemo memo = CURRENT.get();
    if (memo != null) {
      memo.table(table).remove(key);
    }
  }

  private Map<Object, Object> table(String name) {
    return tables.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
  }
}
