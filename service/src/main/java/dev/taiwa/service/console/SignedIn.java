package dev.taiwa.service.console;

import java.util.List;

/**
 * Who is signed in, for the header of every page: name, organisation, the token its forms carry,
 * the language the user chose ({@link #t()}) and the pages its roles may open (the menu).
 */
public record SignedIn(
    String displayName, String organisationName, String csrfToken, Texts t, List<NavLink> nav) {

  /** Japanese, without a menu. */
  public SignedIn(String displayName, String organisationName, String csrfToken) {
    this(displayName, organisationName, csrfToken, Texts.JA, List.of());
  }

  public SignedIn {
    t = t == null ? Texts.JA : t;
    nav = nav == null ? List.of() : List.copyOf(nav);
  }

  /** A page of the menu. */
  public record NavLink(String href, String label) {}
}
