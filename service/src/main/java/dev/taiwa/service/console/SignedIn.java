package dev.taiwa.service.console;

/**
 * Who is signed in, for the header of every page, and the token its forms carry; with the count of
 * unread notifications ({@code -1} when not counted) and whether the caller may file a pre-report.
 */
public record SignedIn(
    String displayName, String organisationName, String csrfToken, int unread, boolean mayFile) {
  public SignedIn(String displayName, String organisationName, String csrfToken) {
    this(displayName, organisationName, csrfToken, -1, false);
  }
}
