package dev.taiwa.cases.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

  private final Map<String, Map<Object, CompletableFuture<Object>>> tables =
      new ConcurrentHashMap<>();

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
   * The row with {@code key} of {@code table}: from the current memo if it holds it (or is reading
   * it on another thread of the request: then this waits for that read), else read by {@code read}
   * and kept, found or not. Without a current memo, just {@code read}.
   */
  public static <K, V> Optional<V> find(String table, K key, Supplier<Optional<V>> read) {
    ReadMemo memo = CURRENT.get();
    if (memo == null) {
      return read.get();
    }
    Map<Object, CompletableFuture<Object>> rows = memo.table(table);
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> known = rows.putIfAbsent(key, mine);
    if (known != null) {
      return present(await(known));
    }
    Optional<V> found = Optional.empty();
    boolean read1 = false;
    try {
      found = read.get();
      read1 = true;
    } finally {
      if (read1) {
        mine.complete(found.isPresent() ? found.get() : NONE);
      } else {
        rows.remove(key, mine);
        mine.completeExceptionally(new IllegalStateException("reading " + table + " failed"));
      }
    }
    return found;
  }

  /**
   * The rows with {@code keys} of {@code table} that exist, in any order: those the current memo
   * holds (or another thread of the request is reading: waited for), and the others read by {@code
   * read} in one call and kept. Each row is read once per request, also when loaders ask for it at
   * the same time. Without a current memo, just {@code read} of every key.
   */
  public static <K, V> List<V> findAll(
      String table, Collection<K> keys, Function<V, K> keyOf, Function<List<K>, List<V>> read) {
    ReadMemo memo = CURRENT.get();
    Set<K> wanted = new LinkedHashSet<>(keys);
    if (memo == null) {
      return read.apply(List.copyOf(wanted));
    }
    Map<Object, CompletableFuture<Object>> rows = memo.table(table);
    Map<K, CompletableFuture<Object>> mine = new LinkedHashMap<>();
    Map<K, CompletableFuture<Object>> others = new LinkedHashMap<>();
    for (K key : wanted) {
      CompletableFuture<Object> claim = new CompletableFuture<>();
      CompletableFuture<Object> known = rows.putIfAbsent(key, claim);
      if (known == null) {
        mine.put(key, claim);
      } else {
        others.put(key, known);
      }
    }
    List<V> found = new ArrayList<>();
    if (!mine.isEmpty()) {
      Map<K, V> read1 = new HashMap<>();
      boolean done = false;
      try {
        for (V value : read.apply(List.copyOf(mine.keySet()))) {
          read1.put(keyOf.apply(value), value);
        }
        done = true;
      } finally {
        if (done) {
          mine.forEach(
              (key, claim) -> claim.complete(read1.containsKey(key) ? read1.get(key) : NONE));
        } else {
          mine.forEach(
              (key, claim) -> {
                rows.remove(key, claim);
                claim.completeExceptionally(
                    new IllegalStateException("reading " + table + " failed"));
              });
        }
      }
      found.addAll(read1.values());
    }
    others.values().forEach(known -> ReadMemo.<V>present(await(known)).ifPresent(found::add));
    return found;
  }

  /** Marks a row read and not found. */
  private static final Object NONE = new Object();

  @SuppressWarnings("unchecked")
  private static <V> Optional<V> present(Object value) {
    return value == NONE ? Optional.empty() : Optional.of((V) value);
  }

  private static Object await(CompletableFuture<Object> row) {
    try {
      return row.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Forgets the row with {@code key} of {@code table} in the current memo, if any. */
  public static void forget(String table, Object key) {
    ReadMemo memo = CURRENT.get();
    if (memo != null) {
      memo.table(table).remove(key);
    }
  }

  private Map<Object, CompletableFuture<Object>> table(String name) {
    return tables.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
  }
}
