package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.matrix.AccessMatrix;
import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.cases.matrix.Permission;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The console's route x role walk (issue 15): every console route, for every role, as a user of the
 * organisation that owns the probed case and of another, on each case state the route lists, shows
 * what the permission matrix allows for the route's API operation and nothing more, as {@code
 * AccessMatrixHttpTest} checks the API. Data-driven: a new route joins by being listed in {@link
 * #ROUTES}; a console route of the router that is not listed fails {@link
 * #everyConsoleRouteIsWalked}.
 */
@MicronautTest(transactional = false)
class ConsoleRouteWalkHttpTest extends DatabaseTest {
  /** Every route of the console a signed-in user may try, with the API operation it follows. */
  static final List<ConsoleRoute> ROUTES =
      List.of(
          ConsoleRoute.get(
              "/",
              Operation.PRE_REPORTS,
              ConsoleRoute.Check.LIST_NO_MORE,
              PreReportState.DRAFT,
              PreReportState.SUBMITTED,
              PreReportState.UNDER_REVIEW),
          ConsoleRoute.get(
              "/cases/{case}",
              Operation.PRE_REPORT,
              ConsoleRoute.Check.CASE_PAGE,
              PreReportState.DRAFT,
              PreReportState.SUBMITTED,
              PreReportState.UNDER_REVIEW),
          ConsoleRoute.get("/queues", Operation.DIALOGUE_QUEUE, ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.get(
              "/queues?queue=unassigned",
              Operation.PRE_REPORTS,
              ConsoleRoute.Check.LIST_NO_MORE,
              PreReportState.DRAFT,
              PreReportState.SUBMITTED),
          ConsoleRoute.get("/audit", Operation.AUDIT_EVENTS, ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.get(
              "/audit?case={case}",
              Operation.AUDIT_EVENTS,
              ConsoleRoute.Check.AUDIT_OF_CASE_NO_MORE,
              PreReportState.DRAFT,
              PreReportState.SUBMITTED),
          ConsoleRoute.post(
              "/audit/verify",
              Map.of(),
              Operation.VERIFY_AUDIT_CHAIN,
              ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.post(
              "/audit/break-glass/{grant}",
              Map.of(),
              Operation.REVIEW_BREAK_GLASS,
              ConsoleRoute.Check.NOT_FOUND),
          ConsoleRoute.get(
              "/cases/new", Operation.CREATE_PRE_REPORT_DRAFT, ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.get(
              "/cases/new/check?technologyNumbers=24&counterparty.countryCode=CN",
              Operation.CHECK_APPLICABILITY,
              ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.post(
              "/cases/new",
              Map.of(),
              Operation.CREATE_PRE_REPORT_DRAFT,
              ConsoleRoute.Check.FORM_NOTHING_WRITTEN),
          ConsoleRoute.post(
              "/cases/{case}/raise-concern",
              Map.of(),
              Operation.RAISE_CONCERN,
              ConsoleRoute.Check.CASE_FORM,
              PreReportState.SUBMITTED,
              PreReportState.UNDER_REVIEW),
          ConsoleRoute.post(
              "/cases/{case}/apply-licence",
              Map.of(),
              Operation.APPLY_FOR_LICENCE,
              ConsoleRoute.Check.CASE_FORM,
              PreReportState.UNDER_REVIEW),
          ConsoleRoute.get(
              "/cases/{case}/documents/" + java.util.UUID.randomUUID() + ".pdf",
              Operation.PRE_REPORT,
              ConsoleRoute.Check.NO_SUCH_DOCUMENT,
              PreReportState.UNDER_REVIEW),
          ConsoleRoute.get(
              "/notifications", Operation.NOTIFICATIONS, ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.get("/dashboard", Operation.STATISTICS, ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.get(
              "/dashboard.csv?chart=deadlines",
              Operation.STATISTICS,
              ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.post(
              "/notifications/read",
              Map.of(),
              Operation.MARK_ALL_NOTIFICATIONS_READ,
              ConsoleRoute.Check.FORM_NOTHING_WRITTEN),
          ConsoleRoute.get("/admin/accounts", Operation.USERS, ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.post(
              "/admin/accounts",
              Map.of(),
              Operation.CREATE_USER,
              ConsoleRoute.Check.FORM_NOTHING_WRITTEN),
          ConsoleRoute.post(
              "/admin/accounts/{account}/roles",
              Map.of(),
              Operation.ASSIGN_ROLES,
              ConsoleRoute.Check.FORM_NOTHING_WRITTEN),
          ConsoleRoute.get("/admin/catalogue", Set.of(Role.ADMIN), ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.post(
              "/admin/catalogue", Set.of(Role.ADMIN), ConsoleRoute.Check.FORM_NOTHING_WRITTEN),
          ConsoleRoute.upload(
              "/admin/catalogue/upload",
              Set.of(Role.ADMIN),
              ConsoleRoute.Check.FORM_NOTHING_WRITTEN),
          ConsoleRoute.get(
              "/admin/specified-fields",
              Operation.RECORD_SPECIFIED_FIELD_REVISION,
              ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.post(
              "/admin/specified-fields",
              Map.of(),
              Operation.RECORD_SPECIFIED_FIELD_REVISION,
              ConsoleRoute.Check.FORM_NOTHING_WRITTEN),
          ConsoleRoute.upload(
              "/admin/specified-fields/upload",
              Operation.RECORD_SPECIFIED_FIELD_REVISION,
              ConsoleRoute.Check.FORM_NOTHING_WRITTEN),
          ConsoleRoute.get("/views", Operation.SAVED_VIEWS, ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.post(
              "/views", Map.of(), Operation.SAVE_VIEW, ConsoleRoute.Check.FORM_NOTHING_WRITTEN),
          ConsoleRoute.get(
              "/views/{view}/cases", Operation.SAVED_VIEWS, ConsoleRoute.Check.NOT_FOUND),
          ConsoleRoute.get(
              "/views/{view}/csv", Operation.SAVED_VIEWS, ConsoleRoute.Check.NOT_FOUND),
          ConsoleRoute.post(
              "/views/{view}/delete",
              Map.of(),
              Operation.DELETE_VIEW,
              ConsoleRoute.Check.NOT_FOUND),
          ConsoleRoute.get(
              "/imports", Operation.CREATE_PRE_REPORT_DRAFT, ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.upload(
              "/imports",
              Operation.CREATE_PRE_REPORT_DRAFT,
              ConsoleRoute.Check.FORM_NOTHING_WRITTEN),
          ConsoleRoute.get(
              "/imports/{job}", Operation.CREATE_PRE_REPORT_DRAFT, ConsoleRoute.Check.NOT_FOUND),
          ConsoleRoute.get(
              "/imports/{job}/progress",
              Operation.CREATE_PRE_REPORT_DRAFT,
              ConsoleRoute.Check.NOT_FOUND),
          ConsoleRoute.post(
              "/imports/{job}/run",
              Map.of(),
              Operation.CREATE_PRE_REPORT_DRAFT,
              ConsoleRoute.Check.NOT_FOUND),
          ConsoleRoute.get(
              "/confirmations", Operation.PRIOR_CONFIRMATIONS, ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.get(
              "/confirmations/new",
              Operation.REQUEST_PRIOR_CONFIRMATION,
              ConsoleRoute.Check.WHOLE_PAGE),
          ConsoleRoute.post(
              "/confirmations/new",
              Map.of(),
              Operation.REQUEST_PRIOR_CONFIRMATION,
              ConsoleRoute.Check.FORM_NOTHING_WRITTEN),
          ConsoleRoute.get(
              "/confirmations/{request}",
              Operation.PRIOR_CONFIRMATION,
              ConsoleRoute.Check.NOT_FOUND),
          ConsoleRoute.post(
              "/confirmations/{request}/answer",
              Map.of(),
              Operation.ANSWER_PRIOR_CONFIRMATION,
              ConsoleRoute.Check.NOT_FOUND),
          ConsoleRoute.patentGet(
              "/patents",
              Operation.PATENT_APPLICATIONS,
              ConsoleRoute.Check.LIST_NO_MORE,
              PatentState.UNDER_SCREENING,
              PatentState.DESIGNATED),
          ConsoleRoute.patentGet(
              "/patents/{case}",
              Operation.PATENT_APPLICATION,
              ConsoleRoute.Check.CASE_PAGE,
              PatentState.UNDER_SCREENING,
              PatentState.PRIOR_NOTICE_ISSUED,
              PatentState.DESIGNATED),
          ConsoleRoute.patentPost(
              "/patents/{case}/screen",
              Map.of("outcome", "SEND_TO_REVIEW"),
              Operation.DECIDE_SCREENING,
              ConsoleRoute.Check.CASE_FORM,
              PatentState.UNDER_SCREENING,
              PatentState.DESIGNATED),
          ConsoleRoute.patentPost(
              "/patents/{case}/maintain",
              Map.of(),
              Operation.MAINTAIN_PATENT_APPLICATION,
              ConsoleRoute.Check.CASE_FORM,
              PatentState.PRIOR_NOTICE_ISSUED,
              PatentState.DESIGNATED),
          ConsoleRoute.patentPost(
              "/patents/{case}/designate",
              Map.of(),
              Operation.DESIGNATE_PATENT_APPLICATION,
              ConsoleRoute.Check.CASE_FORM,
              PatentState.PRIOR_NOTICE_ISSUED),
          ConsoleRoute.patentPost(
              "/patents/{case}/file-obligation",
              Map.of("kind", "WORKING_PERMISSION_REQUEST"),
              Operation.FILE_DESIGNATION_OBLIGATION,
              ConsoleRoute.Check.CASE_FORM,
              PatentState.DESIGNATED),
          ConsoleRoute.patentPost(
              "/patents/{case}/claim-compensation",
              Map.of(),
              Operation.CLAIM_COMPENSATION,
              ConsoleRoute.Check.CASE_FORM,
              PatentState.PRIOR_NOTICE_ISSUED,
              PatentState.DESIGNATED),
          ConsoleRoute.patentPost(
              "/patents/{case}/grant-access",
              Map.of(),
              Operation.GRANT_ACCESS,
              ConsoleRoute.Check.CASE_FORM,
              PatentState.UNDER_SCREENING,
              PatentState.DESIGNATED),
          ConsoleRoute.patentPost(
              "/patents/{case}/revoke-access",
              Map.of(),
              Operation.REVOKE_ACCESS,
              ConsoleRoute.Check.CASE_FORM,
              PatentState.DESIGNATED),
          // Without a reason the form writes nothing (the forms themselves:
          // PatentBreakGlassFormsHttpTest).
          ConsoleRoute.patentPost(
              "/patents/{case}/open-break-glass",
              Map.of(),
              Operation.OPEN_BREAK_GLASS,
              ConsoleRoute.Check.CASE_FORM,
              PatentState.DESIGNATED),
          // An empty request or issue is a whole form: walked where neither may be taken, so
          // that the walk writes nothing (the forms themselves: PatentNonSendingFormsHttpTest).
          ConsoleRoute.patentPost(
              "/patents/{case}/request-non-sending",
              Map.of(),
              Operation.REQUEST_NON_SENDING_NOTICE,
              ConsoleRoute.Check.CASE_FORM,
              PatentState.PRIOR_NOTICE_ISSUED,
              PatentState.DESIGNATED),
          ConsoleRoute.patentPost(
              "/patents/{case}/issue-non-sending",
              Map.of(),
              Operation.ISSUE_NON_SENDING_NOTICE,
              ConsoleRoute.Check.CASE_FORM,
              PatentState.PRIOR_NOTICE_ISSUED,
              PatentState.DESIGNATED));

  /**
   * Console routes outside the walk, and why: they are the same for every role (signing in and out,
   * the language switch).
   */
  static final Set<String> NOT_ROLE_GATED =
      Set.of("GET /signin", "POST /signin", "POST /signout", "POST /language");

  /** How the case page says an action does not exist in the case's state (INVALID_STATE). */
  private static final String STATE_REFUSAL = "案件の現在の状態ではこの操作はできません";

  private final AccessMatrix matrix = AccessMatrix.standard();

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject Router router;

  private final Map<Role, ConsoleBrowser> owners = new EnumMap<>(Role.class);
  private final Map<Role, ConsoleBrowser> strangers = new EnumMap<>(Role.class);
  private final Map<Enum<?>, Probed> cases = new HashMap<>();

  /** The account whose roles the walk tries to change (an empty form: nothing is written). */
  private String account;

  private record Probed(String id, String reference) {}

  @BeforeAll
  void oneBrowserPerRoleInTheOwningCompanyAndInAnotherAndACasePerState() {
    World world = new World(organisations, users, hasher);
    for (Role role : Role.values()) {
      String own = world.user("walk-own-" + role.name().toLowerCase(), world.alpha, role);
      String other = world.user("walk-other-" + role.name().toLowerCase(), world.beta, role);
      owners.put(role, signedIn(own));
      strangers.put(role, signedIn(other));
    }
    String probedAccount = world.user("walk-probed-account", world.beta, Role.FILER);
    account = users.findByUsername(probedAccount).orElseThrow().id().value().toString();
    ApiClient api = new ApiClient(http);
    String filer = api.login("walk-own-filer", World.PASSWORD);
    String officer =
        api.login(
            world.user("walk-fixture-officer", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
    for (PreReportState state :
        List.of(PreReportState.DRAFT, PreReportState.SUBMITTED, PreReportState.UNDER_REVIEW)) {
      Map<String, Object> created =
          api.graphql(
                  filer,
                  "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                      + " id reference } } }",
                  Map.of("in", CaseFixture.form("walk " + state)))
              .at("createPreReportDraft.preReport");
      String id = (String) created.get("id");
      if (state != PreReportState.DRAFT) {
        mutate(api, filer, "submitPreReport(id: $id)", id);
      }
      if (state == PreReportState.UNDER_REVIEW) {
        mutate(api, officer, "startPreReportReview(id: $id)", id);
      }
      String shown =
          api.graphql(filer, "query($id: ID!) { preReport(id: $id) { state } }", Map.of("id", id))
              .at("preReport.state");
      assertEquals(state.name(), shown, "the fixture put the case in " + state);
      cases.put(state, new Probed(id, (String) created.get("reference")));
    }
    String admin = world.user("walk-fixture-admin", world.meti, Role.ADMIN);
    String examiner = world.user("walk-fixture-examiner", world.meti, Role.PATENT_EXAMINER);
    String reviewer = world.user("walk-fixture-reviewer", world.meti, Role.SECURITY_REVIEWER);
    PatentConsoleFixture patents = PatentConsoleFixture.ofAlpha(api, world, admin, examiner);
    String reviewerToken = api.login(reviewer, World.PASSWORD);
    for (PatentState state :
        List.of(
            PatentState.UNDER_SCREENING, PatentState.PRIOR_NOTICE_ISSUED, PatentState.DESIGNATED)) {
      PatentConsoleFixture.Registered registered =
          patents.register(
              "walk " + state, java.time.LocalDate.now(dev.taiwa.cases.kernel.JapanTime.ZONE));
      patents.moveTo(registered.id(), state.name(), reviewerToken, filer);
      String shown =
          api.graphql(
                  filer,
                  "query($id: ID!) { patentApplication(id: $id) { state } }",
                  Map.of("id", registered.id()))
              .at("patentApplication.state");
      assertEquals(state.name(), shown, "the fixture put the application in " + state);
      cases.put(state, new Probed(registered.id(), registered.number()));
    }
  }

  @AfterAll
  void closeBrowsers() {
    Stream.concat(owners.values().stream(), strangers.values().stream())
        .forEach(ConsoleBrowser::close);
  }

  @Test
  void everyConsoleRouteIsWalked() {
    Set<String> console = new TreeSet<>();
    router
        .uriRoutes()
        .map(r -> (UriRouteInfo<?, ?>) r)
        .filter(r -> r.getDeclaringType().getPackageName().equals("dev.taiwa.service.console"))
        .filter(r -> !r.getHttpMethodName().equals("HEAD"))
        .forEach(r -> console.add(r.getHttpMethodName() + " " + r.getUriMatchTemplate()));
    Set<String> walked =
        ROUTES.stream().map(ConsoleRoute::pattern).collect(Collectors.toCollection(TreeSet::new));
    walked.addAll(NOT_ROLE_GATED);
    assertEquals(console, walked, "every console route is listed in ROUTES (or NOT_ROLE_GATED)");
  }

  @TestFactory
  Stream<DynamicTest> everyRouteShowsWhatTheMatrixAllowsForEveryRoleAndNothingMore() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ConsoleRoute route : ROUTES) {
      for (Role role : Role.values()) {
        for (boolean own : List.of(true, false)) {
          List<Enum<?>> states =
              route.states().isEmpty() ? java.util.Arrays.asList((Enum<?>) null) : route.states();
          for (Enum<?> state : states) {
            boolean allowed =
                route.operation() == null
                    ? route.roles().contains(role)
                    : allowed(route.operation(), role, own, state);
            String name =
                route
                    + " by "
                    + role
                    + (own ? " of the owning organisation" : " of another organisation")
                    + (state == null ? "" : " on a " + state + " case")
                    + (allowed ? " -> allowed" : " -> denied");
            tests.add(
                DynamicTest.dynamicTest(
                    name,
                    () ->
                        check(
                            route,
                            (own ? owners : strangers).get(role),
                            state == null ? null : cases.get(state),
                            new Caller(role, own, state, allowed),
                            name)));
          }
        }
      }
    }
    return tests.stream();
  }

  /** Who calls, on which case state, and whether the route's operation allows it. */
  private record Caller(Role role, boolean own, Enum<?> state, boolean allowed) {}

  private void check(
      ConsoleRoute route, ConsoleBrowser browser, Probed probed, Caller caller, String name) {
    boolean allowed = caller.allowed();
    Role role = caller.role();
    boolean own = caller.own();
    Enum<?> state = caller.state();
    String path = route.pathFor(probed == null ? "" : probed.id(), account);
    ConsoleBrowser.Page page = call(browser, route, path);
    switch (route.check()) {
      case CASE_PAGE -> {
        if (allowed) {
          assertEquals(200, page.status(), name);
          assertTrue(page.html().contains(probed.reference()), name);
        } else {
          assertEquals(404, page.status(), name);
          assertFalse(page.html().contains(probed.reference()), name);
        }
      }
      case WHOLE_PAGE -> assertEquals(allowed ? 200 : 403, page.status(), name);
      case LIST_NO_MORE -> {
        assertTrue(
            page.status() == 200 || page.status() == 303 || page.status() == 403,
            name + ": " + page.status());
        if (!allowed) {
          assertFalse(page.html().contains(probed.reference()), name);
        }
      }
      case FORM_NOTHING_WRITTEN ->
          assertTrue(
              allowed ? page.status() == 303 || page.status() == 422 : page.status() == 403,
              name + ": " + page.status());
      case CASE_FORM -> {
        boolean sees = allowed(route.caseRead(), role, own, state);
        boolean refusedForTheState = page.html().contains(STATE_REFUSAL);
        if (!sees) {
          assertEquals(404, page.status(), name);
          assertFalse(page.html().contains(probed.reference()), name);
        } else if (allowed) {
          assertEquals(422, page.status(), name);
          assertFalse(refusedForTheState, name + ": the empty form is refused for its fields");
        } else {
          // The action's own table answers first: a role without it is FORBIDDEN, a state
          // without it refuses the action there for everyone (INVALID_STATE); never accepted.
          assertTrue(
              page.status() == 403 || (page.status() == 422 && refusedForTheState),
              name + ": " + page.status());
        }
      }
      case NOT_FOUND -> assertEquals(404, page.status(), name);
      case NO_SUCH_DOCUMENT -> {
        assertEquals(404, page.status(), name);
        assertFalse(page.html().contains(probed.reference()), name);
      }
      case AUDIT_OF_CASE_NO_MORE -> {
        assertTrue(page.status() == 200 || page.status() == 403, name + ": " + page.status());
        if (!allowed) {
          assertFalse(page.html().contains("class=\"case-id\">" + probed.id()), name);
        }
      }
    }
  }

  /**
   * Calls the route as a browser would. A redirect is not followed: it shows nothing itself (the
   * console's home sends officers to their queues and auditors to the trail, walked as routes of
   * their own), and it never sends a signed-in user back to sign in.
   */
  private static ConsoleBrowser.Page call(ConsoleBrowser browser, ConsoleRoute route, String path) {
    ConsoleBrowser.Page page;
    if (route.upload()) {
      page =
          browser.upload(
              path, Map.of("csrf", browser.get("/audit").csrf()), "empty.csv", new byte[0]);
    } else if (route.method().equals("POST")) {
      Map<String, String> form = new HashMap<>(route.form());
      form.put("csrf", browser.get("/audit").csrf());
      page = browser.post(path, form);
    } else {
      page = browser.get(path);
    }
    assertFalse("/signin".equals(page.location()), "still signed in");
    assertEquals(
        ConsoleContentPolicy.POLICY,
        page.csp(),
        route + ": a console page may load the console's style sheets and scripts");
    return page;
  }

  /**
   * What the matrix allows: the widest reach of the role for the operation on a case of the given
   * state (owned by the caller's organisation or not), within the states the permission lists.
   */
  private boolean allowed(Operation operation, Role role, boolean own, Enum<?> state) {
    Permission permission = matrix.permission(operation, role);
    Reach reach = permission.reach();
    boolean allowed =
        switch (reach) {
          case NOTHING -> false;
          case EVERYTHING -> true;
          case EVERY_FILED_CASE -> state == null || state != PreReportState.DRAFT;
          case OWN_ORGANISATION, ASSIGNED_CASES -> state == null || own;
        };
    if (allowed && state != null && !permission.states().isEmpty()) {
      allowed = permission.states().contains(state);
    }
    return allowed;
  }

  private ConsoleBrowser signedIn(String username) {
    return ConsoleBrowser.signedIn(server.getURL(), username);
  }

  private static void mutate(ApiClient api, String token, String call, String id) {
    api.graphql(token, "mutation($id: ID!) { " + call + " { errors { code } } }", Map.of("id", id));
  }
}
