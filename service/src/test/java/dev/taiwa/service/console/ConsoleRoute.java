package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One console route as the route walk tries it: how to call it ({@code {case}} in the path or the
 * form stands for the probed case's id), the API operation whose row of the permission matrix it
 * must follow, how to tell what it showed, and on which case states to try it.
 *
 * <p>A new console route is added to the walk by listing it in {@link
 * ConsoleRouteWalkHttpTest#ROUTES} ({@link ConsoleRouteWalkHttpTest#everyConsoleRouteIsWalked}
 * fails until it is).
 */
record ConsoleRoute(
    String method,
    String path,
    Map<String, String> form,
    Operation operation,
    Check check,
    List<Enum<?>> states,
    Set<Role> roles,
    boolean upload) {

  /** How the walk reads what the route showed. */
  enum Check {
    /**
     * A case's page: allowed means 200 showing the case's reference; denied means 404 (as for a
     * case that does not exist) without it.
     */
    CASE_PAGE,
    /** A page as a whole: allowed means 200, denied means 403; the case plays no part. */
    WHOLE_PAGE,
    /**
     * A list: it may show fewer cases than the matrix allows (a queue holds some), never more: a
     * case shown (its reference in a row) must be one the matrix lets the caller see.
     */
    LIST_NO_MORE,
    /**
     * A form that changes nothing when posted empty: allowed means the form came back with its
     * typed errors (422) or went on (303); denied means 403.
     */
    FORM_NOTHING_WRITTEN,
    /**
     * An action's form on a case, posted empty: a caller who may not see the case gets 404 (as for
     * a case that does not exist) without its reference; one who sees it gets 422 (the empty form's
     * typed errors) where the action's row allows it, 403 where it does not.
     */
    CASE_FORM,
    /** A document that is not there: 404 for everyone, never the case. */
    NO_SUCH_DOCUMENT,
    /** The audit list filtered to the case: events of the case shown only if the matrix allows. */
    AUDIT_OF_CASE_NO_MORE,
    /** Something of one user (an import) that is not there: 404 for everyone. */
    NOT_FOUND
  }

  static ConsoleRoute get(String path, Operation operation, Check check, PreReportState... states) {
    return new ConsoleRoute(
        "GET", path, Map.of(), operation, check, List.of(states), Set.of(), false);
  }

  /**
   * A route whose use case has no API operation (the technology list is revised with {@code taiwa
   * catalogue add} and the console): allowed to exactly the {@code roles} its use case names.
   */
  static ConsoleRoute get(String path, Set<Role> roles, Check check) {
    return new ConsoleRoute("GET", path, Map.of(), null, check, List.of(), roles, false);
  }

  static ConsoleRoute post(String path, Set<Role> roles, Check check) {
    return new ConsoleRoute("POST", path, Map.of(), null, check, List.of(), roles, false);
  }

  /** A form that uploads a file, posted as multipart with an empty file. */
  static ConsoleRoute upload(String path, Operation operation, Check check) {
    return new ConsoleRoute("POST", path, Map.of(), operation, check, List.of(), Set.of(), true);
  }

  static ConsoleRoute upload(String path, Set<Role> roles, Check check) {
    return new ConsoleRoute("POST", path, Map.of(), null, check, List.of(), roles, true);
  }

  /** A route of the patent track, tried on applications in {@code states}. */
  static ConsoleRoute patentGet(
      String path, Operation operation, Check check, PatentState... states) {
    return new ConsoleRoute(
        "GET", path, Map.of(), operation, check, List.of(states), Set.of(), false);
  }

  /** A form of the patent track, tried on applications in {@code states}. */
  static ConsoleRoute patentPost(
      String path,
      Map<String, String> form,
      Operation operation,
      Check check,
      PatentState... states) {
    return new ConsoleRoute("POST", path, form, operation, check, List.of(states), Set.of(), false);
  }

  /** Whether the route is the patent track's (its cases are patent applications). */
  boolean patent() {
    return path.startsWith("/patents");
  }

  /** The API operation that shows the route's case: what decides 404 for the route. */
  Operation caseRead() {
    return patent() ? Operation.PATENT_APPLICATION : Operation.PRE_REPORT;
  }

  static ConsoleRoute post(
      String path,
      Map<String, String> form,
      Operation operation,
      Check check,
      PreReportState... states) {
    return new ConsoleRoute("POST", path, form, operation, check, List.of(states), Set.of(), false);
  }

  /** The route as the router knows it, e.g. {@code GET /cases/{id}}. */
  String pattern() {
    String routed =
        path.replaceAll("\\?.*", "")
            .replace("{case}", "{id}")
            .replace("{account}", "{id}")
            .replace("{job}", "{id}")
            .replace("{view}", "{id}")
            .replace("{request}", "{id}")
            .replace("{grant}", "{id}")
            .replaceAll("^/cases/\\{id}/documents/[^/]+$", "/cases/{id}/documents/{file}");
    if (method.equals("POST")) {
      routed =
          routed.replaceAll("^/(cases|patents|confirmations)/\\{id}/[a-z-]+$", "/$1/{id}/{action}");
      routed =
          routed.replaceAll("^/admin/accounts/\\{id}/[a-z-]+$", "/admin/accounts/{id}/{action}");
    }
    return method + " " + routed;
  }

  String pathFor(String caseId, String accountId) {
    return path.replace("{case}", caseId)
        .replace("{account}", accountId)
        .replace("{job}", JOB_NOBODY_STARTED)
        .replace("{view}", VIEW_NOBODY_SAVED)
        .replace("{request}", REQUEST_NOBODY_MADE)
        .replace("{grant}", GRANT_NOBODY_OPENED);
  }

  /** A break-glass access id no one opened. */
  private static final String GRANT_NOBODY_OPENED = java.util.UUID.randomUUID().toString();

  /** A prior-confirmation request id no one made. */
  private static final String REQUEST_NOBODY_MADE = java.util.UUID.randomUUID().toString();

  /** A saved view id no one saved. */
  private static final String VIEW_NOBODY_SAVED = java.util.UUID.randomUUID().toString();

  /** An import job id no one started. */
  private static final String JOB_NOBODY_STARTED = java.util.UUID.randomUUID().toString();

  @Override
  public String toString() {
    return method + " " + path;
  }
}
