package dev.taiwa.service.console;

import java.util.List;

/**
 * A reference-data revision page for administrators (the technology list, the IPC mapping of the
 * specified fields): the revisions so far, a form for a new one whose list is typed one item a
 * line, an upload of the same revision as a JSON file, and every problem of a refused one next to
 * its field or line.
 */
public record RevisionPage(
    SignedIn signedIn,
    String title,
    String action,
    String fileHint,
    List<Field> fields,
    List<Revision> revisions,
    Typed typed,
    List<String> uploadProblems,
    String done) {

  /** A field of the form; {@code area} for the list typed one item a line. */
  public record Field(
      String name, String label, String hint, boolean area, boolean required, String initial) {
    /** The field {@code name} with its label and hint from the texts under {@code prefix}. */
    static Field of(
        Texts t, String prefix, String name, boolean area, boolean required, String initial) {
      return new Field(
          name,
          t.get(prefix + "." + name),
          t.get(prefix + "." + name + ".hint"),
          area,
          required,
          initial);
    }
  }

  /** A revision as the page lists it. */
  public record Revision(String heading, List<String> lines) {}

  /** What the field holds: as typed into a refused form, else its initial value. */
  public String value(Field field) {
    return typed.value("revision", field.name(), field.initial());
  }
}
