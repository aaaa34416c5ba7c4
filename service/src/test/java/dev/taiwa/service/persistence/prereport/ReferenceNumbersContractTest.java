package dev.taiwa.service.persistence.prereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.prereport.port.ReferenceNumbers;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class ReferenceNumbersContractTest extends DatabaseTest {
  @Inject ReferenceNumbers numbers;
  @Inject UnitOfWork unitOfWork;

  @Test
  void numbersStartAtOneAndCountUpPerPrefixAndYear() {
    assertEquals(1, numbers.next("PR", 2026));
    assertEquals(2, numbers.next("PR", 2026));
    assertEquals(1, numbers.next("PR", 2027));
    assertEquals(1, numbers.next("PA", 2026));
    assertEquals(3, numbers.next("PR", 2026));
  }

  @Test
  void concurrentCallersNeverGetTheSameNumber() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Long>>> results = new ArrayList<>();
      for (int caller = 0; caller < 4; caller++) {
        results.add(
            pool.submit(
                () -> {
                  List<Long> taken = new ArrayList<>();
                  for (int i = 0; i < 10; i++) {
                    taken.add(unitOfWork.inTransaction(() -> numbers.next("CC", 2030)));
                  }
                  return taken;
                }));
      }
      Set<Long> all = new TreeSet<>();
      for (Future<List<Long>> result : results) {
        all.addAll(result.get());
      }

      assertEquals(LongStream.rangeClosed(1, 40).boxed().collect(Collectors.toSet()), all);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aNumberTakenByARolledBackTransactionIsHandedOutAgain() {
    long before = numbers.next("RB", 2026);

    assertThrows(
        IllegalStateException.class,
        () ->
            unitOfWork.inTransaction(
                () -> {
                  numbers.next("RB", 2026);
                  throw new IllegalStateException("the command failed after numbering");
                }));

    assertEquals(before + 1, numbers.next("RB", 2026));
  }

  @Test
  void numbersTakenSeveralInOneTransactionCountUpAndAreStoredWhenItCommits() {
    List<Long> batch =
        unitOfWork.inTransaction(
            () ->
                List.of(
                    numbers.next("BT", 2026), numbers.next("BT", 2026), numbers.next("BT", 2026)));

    assertEquals(List.of(1L, 2L, 3L), batch);
    assertEquals(4, numbers.next("BT", 2026));
  }

  @Test
  void concurrentTransactionsTakingSeveralNumbersEachNeverShareOne() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Long>>> results = new ArrayList<>();
      for (int caller = 0; caller < 4; caller++) {
        results.add(
            pool.submit(
                () -> {
                  List<Long> taken = new ArrayList<>();
                  for (int i = 0; i < 5; i++) {
                    taken.addAll(
                        unitOfWork.inTransaction(
                            () -> {
                              List<Long> mine = new ArrayList<>();
                              for (int n = 0; n < 5; n++) {
                                mine.add(numbers.next("CB", 2030));
                              }
                              return mine;
                            }));
                  }
                  return taken;
                }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> result : results) {
        all.addAll(result.get());
      }

      assertEquals(100, all.size());
      assertEquals(
          LongStream.rangeClosed(1, 100).boxed().collect(Collectors.toSet()), new TreeSet<>(all));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void numbersCountedOnByARolledBackTransactionAreHandedOutAgain() {
    long before = numbers.next("RS", 2026);

    assertThrows(
        IllegalStateException.class,
        () ->
            unitOfWork.inTransaction(
                () -> {
                  numbers.next("RS", 2026);
                  numbers.next("RS", 2026);
                  numbers.next("RS", 2026);
                  throw new IllegalStateException("the batch failed after numbering");
                }));

    assertEquals(before + 1, numbers.next("RS", 2026));
  }
}
