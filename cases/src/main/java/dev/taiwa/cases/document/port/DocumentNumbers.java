package dev.taiwa.cases.document.port;

import dev.taiwa.cases.document.model.IssuingOffice;
import java.time.LocalDate;

/**
 * Port: document numbers (発番) from a sequence per issuing office and year, never reused. Called
 * inside the transaction that stores the document: a generation that is rolled back gives its
 * number back with it.
 */
public interface DocumentNumbers {
  /** The next number of {@code office} for the year of {@code on}, in the office's format. */
  String allocate(IssuingOffice office, LocalDate on);
}
