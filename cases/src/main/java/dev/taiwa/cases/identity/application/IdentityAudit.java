package dev.taiwa.cases.identity.application;

/** How account and organisation changes name what the user typed in their audit summaries. */
final class IdentityAudit {
  /** How much of a user-typed name the audit log keeps. */
  static final int MAX_TYPED = 64;

  private IdentityAudit() {}

  /**
   * A user-supplied name as the audit log keeps it: at most {@value #MAX_TYPED} characters, control
   * characters and unpaired surrogates replaced by '?'.
   */
  static String typed(String name) {
    if (name == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder();
    name.codePoints()
        .limit(MAX_TYPED)
        .forEach(
            c ->
                kept.appendCodePoint(
                    Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
                        ? '?'
                        : c));
    return kept.toString();
  }

  /** {@link #typed} in single quotes, for summaries. */
  static String quoted(String name) {
    return name == null ? "(none)" : "'" + typed(name) + "'";
  }
}
