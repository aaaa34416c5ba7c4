package dev.taiwa.service.console;

/** Who is signed in, for the header of every page, and the token its forms carry. */
public record SignedIn(String displayName, String organisationName, String csrfToken) {}
