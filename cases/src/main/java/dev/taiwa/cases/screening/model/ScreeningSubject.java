package dev.taiwa.cases.screening.model;

import java.util.ArrayList;
import java.util.List;

/** The counterparty names to screen: original script and romanised, either may be blank. */
public record ScreeningSubject(String nameOriginal, String nameRomanised) {

  /** The non-blank names with the field each comes from. */
  public List<Named> names() {
    List<Named> names = new ArrayList<>();
    if (nameOriginal != null && !nameOriginal.isBlank()) {
      names.add(new Named(nameOriginal, SubjectField.NAME_ORIGINAL));
    }
    if (nameRomanised != null && !nameRomanised.isBlank()) {
      names.add(new Named(nameRomanised, SubjectField.NAME_ROMANISED));
    }
    return names;
  }

  /** A name of the subject and its field. */
  public record Named(String text, SubjectField field) {}
}
