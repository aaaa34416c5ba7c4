package dev.taiwa.cases.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadMemoTest {
  private final AtomicInteger reads = new AtomicInteger();
  private final List<List<String>> batches =
      java.util.Collections.synchronizedList(new ArrayList<>());

  private Optional<String> readOne(String key) {
    reads.incrementAndGet();
    return key.startsWith("missing") ? Optional.empty() : Optional.of(key.toUpperCase());
  }

  private List<String> readAll(List<String> keys) {
    batches.add(keys);
    return keys.stream().filter(k -> !k.startsWith("missing")).map(String::toUpperCase).toList();
  }

  @Test
  void withoutAMemoEveryFindReads() {
    ReadMemo.find("t", "a", () -> readOne("a"));
    ReadMemo.find("t", "a", () -> readOne("a"));

    assertEquals(2, reads.get());
  }

  @Test
  void withinAMemoARowFoundOnceIsNotReadAgainByOneOrByMany() {
    new ReadMemo()
        .call(
            () -> {
              assertEquals(Optional.of("A"), ReadMemo.find("t", "a", () -> readOne("a")));
              assertEquals(Optional.of("A"), ReadMemo.find("t", "a", () -> readOne("a")));
              List<String> found =
                  ReadMemo.findAll("t", List.of("a", "b"), String::toLowerCase, this::readAll);
              assertEquals(new HashSet<>(List.of("A", "B")), new HashSet<>(found));
              return null;
            });

    assertEquals(1, reads.get());
    assertEquals(List.of(List.of("b")), batches, "only the row not yet read is read");
  }

  @Test
  void aMissingRowIsReadOnceAndAForgottenRowAgain() {
    new ReadMemo()
        .call(
            () -> {
              ReadMemo.find("t", "missing", () -> readOne("missing"));
              ReadMemo.find("t", "missing", () -> readOne("missing"));
              ReadMemo.find("t", "a", () -> readOne("a"));
              ReadMemo.forget("t", "a");
              ReadMemo.find("t", "a", () -> readOne("a"));
              return null;
            });

    assertEquals(3, reads.get());
  }

  @Test
  void rowsAskedForAtTheSameTimeOnTwoThreadsAreReadOnce() throws Exception {
    ReadMemo memo = new ReadMemo();
    java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Thread first =
        new Thread(
            () ->
                memo.call(
                    () ->
                        ReadMemo.<String, String>findAll(
                            "t",
                            List.of("a", "b"),
                            String::toLowerCase,
                            keys -> {
                              reading.countDown();
                              await(release);
                              return readAll(keys);
                            })));
    first.start();
    reading.await();
    Thread second =
        new Thread(
            () ->
                memo.call(
                    () ->
                        ReadMemo.findAll(
                            "t", List.of("b", "c"), String::toLowerCase, this::readAll)));
    second.start();
    Thread.sleep(50);
    release.countDown();
    first.join();
    second.join();

    assertEquals(2, batches.size(), () -> "batches: " + batches);
    assertEquals(
        new HashSet<>(List.of(List.of("a", "b"), List.of("c"))),
        new HashSet<>(batches),
        "b, being read by the first thread, is waited for, not read again");
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void tablesAreApartAndAnotherRequestsMemoSharesNothing() {
    ReadMemo first = new ReadMemo();
    first.call(() -> ReadMemo.find("t", "a", () -> readOne("a")));
    first.call(() -> ReadMemo.find("u", "a", () -> readOne("a")));
    new ReadMemo().call(() -> ReadMemo.find("t", "a", () -> readOne("a")));

    assertEquals(3, reads.get());
  }

  @Test
  void anExecutorAroundAMemoRunsItsTasksInIt() {
    ReadMemo memo = new ReadMemo();
    Executor direct = Runnable::run;
    memo.around(direct).execute(() -> ReadMemo.find("t", "a", () -> readOne("a")));
    memo.around(direct).execute(() -> ReadMemo.find("t", "a", () -> readOne("a")));

    assertEquals(1, reads.get());
    assertEquals(Optional.empty(), ReadMemo.current(), "the memo ends with the task");
  }
}
