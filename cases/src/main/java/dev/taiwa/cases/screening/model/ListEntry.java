package dev.taiwa.cases.screening.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One entry of a list version as published: its reference in the list (the End User List's No., the
 * CSL's source and row), its name, also-known-as names, country or region, the type of concern (End
 * User List) or the source list (CSL), and addresses where the list gives them.
 */
public record ListEntry(
    String ref,
    String name,
    List<String> aliases,
    String country,
    String concern,
    String addresses) {
  public ListEntry {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
  }

  /** The entry's names, its own first, each with the field it comes from. */
  public Stream<ListedName> names() {
    return Stream.concat(
        Stream.of(new ListedName(name, MatchedField.NAME)),
        aliases.stream().map(a -> new ListedName(a, MatchedField.ALIAS)));
  }

  /** A name of an entry and where in the entry it stands. */
  public record ListedName(String text, MatchedField field) {}
}
