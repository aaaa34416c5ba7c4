package dev.taiwa.service.console;

/** Where the console's pages are. */
final class ConsolePaths {
  static final String HOME = "/";
  static final String CASES = "/cases";
  static final String SIGN_IN = "/signin";
  static final String SIGN_OUT = "/signout";

  private ConsolePaths() {}

  static String caseOf(Object id) {
    return CASES + "/" + id;
  }
}
