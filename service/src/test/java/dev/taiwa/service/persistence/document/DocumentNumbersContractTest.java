package dev.taiwa.service.persistence.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.document.model.IssuingOffice;
import dev.taiwa.cases.document.port.DocumentNumbers;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Document numbers count up per office and per year, each in its office's format. */
@MicronautTest(transactional = false, startApplication = false)
class DocumentNumbersContractTest extends DatabaseTest {
  @Inject DocumentNumbers numbers;

  @Test
  void eachOfficeCountsItsOwnNumbersFromOneEachYear() {
    // A year no other test issues in: its sequences start here.
    LocalDate first = LocalDate.of(2091, 4, 1);
    LocalDate later = LocalDate.of(2091, 12, 4);

    assertEquals("20910401経安第1号", numbers.allocate(IssuingOffice.METI, first));
    assertEquals("20911204経安第2号", numbers.allocate(IssuingOffice.METI, later));
    assertEquals("20910401特許第1号", numbers.allocate(IssuingOffice.JPO, first));
    assertEquals("20911204府経安第1号", numbers.allocate(IssuingOffice.CABINET_OFFICE, later));
    assertEquals("20920105経安第1号", numbers.allocate(IssuingOffice.METI, LocalDate.of(2092, 1, 5)));
    assertEquals("20911205経安第3号", numbers.allocate(IssuingOffice.METI, later.plusDays(1)));
  }
}
