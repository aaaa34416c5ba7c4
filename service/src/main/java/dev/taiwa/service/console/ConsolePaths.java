package dev.taiwa.service.console;

/** Where the console's pages are. */
final class ConsolePaths {
  static final String HOME = "/";
  static final String CASES = "/cases";
  static final String SIGN_IN = "/signin";
  static final String SIGN_OUT = "/signout";
  static final String QUEUES = "/queues";
  static final String AUDIT = "/audit";
  static final String AUDIT_VERIFY = "/audit/verify";
  static final String AUDIT_BREAK_GLASS = "/audit/break-glass/{id}";
  static final String LANGUAGE = "/language";
  static final String NEW_PRE_REPORT = CASES + "/new";
  static final String NOTIFICATIONS = "/notifications";
  static final String DASHBOARD = "/dashboard";
  static final String DASHBOARD_CSV = "/dashboard.csv";
  static final String ADMIN = "/admin";
  static final String ADMIN_ACCOUNTS = ADMIN + "/accounts";
  static final String ADMIN_CATALOGUE = ADMIN + "/catalogue";
  static final String ADMIN_SPECIFIED_FIELDS = ADMIN + "/specified-fields";
  static final String IMPORTS = "/imports";
  static final String PATENTS = "/patents";
  static final String VIEWS = "/views";
  static final String CONFIRMATIONS = "/confirmations";
  static final String NEW_CONFIRMATION = CONFIRMATIONS + "/new";

  /** A saved view's own pages ({@code /views/{id}/cases}, ...), never {@code /views/{id}.csv}. */
  static final String VIEW_PAGES = VIEWS + "/*/*";

  private ConsolePaths() {}

  static String caseOf(Object id) {
    return CASES + "/" + id;
  }

  static String viewOf(Object id, String page) {
    return VIEWS + "/" + id + "/" + page;
  }

  static String patentOf(Object id) {
    return PATENTS + "/" + id;
  }

  static String confirmationOf(Object id) {
    return CONFIRMATIONS + "/" + id;
  }
}
