package dev.taiwa.service.secrecy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.secrecy.Secrecy;
import dev.taiwa.cases.secrecy.Withheldable;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.MovableClock;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The secrecy of issue 13 generated from the schema, over real HTTP: every query that leads to a
 * withheldable type ({@link Withheldable}) is asked, with a selection of every field reachable from
 * there ({@link SchemaWalk}), by every role without need-to-know — another company's filer, a
 * dialogue officer, an auditor, an administrator, an examiner not assigned — and by a company user
 * holding a grant (for the records internal to the offices). Each answer is searched object by
 * object: a secret application shows at most its skeleton (id, number, state, {@code
 * secretWithheld}, the caller's own actions) and only to a role that may know it exists; nothing
 * recorded about a secret case (deadlines, records, links, documents, notifications, audit
 * summaries) and none of the fixture's secret texts and dates comes back. A query added to the
 * schema that reaches a withheldable type without a probe here fails the build.
 */
@MicronautTest(transactional = false)
class SecrecyWalkHttpTest extends DatabaseTest {
  /** Fields of a withheld application (or workbench) that may carry a value. */
  private static final Set<String> APPLICATION_SKELETON =
      Set.of(
          "__typename", "id", "applicationNumber", "state", "secretWithheld", "availableActions");

  private static final Set<String> WORKBENCH_SKELETON =
      Set.of("__typename", "applicationId", "applicationNumber", "secretWithheld");

  /** Who asks, and what the fixture lets each know of the secret cases. */
  enum Asker {
    /** ベータ化学's filer: knows of none of alpha's cases. */
    OTHER_COMPANY,
    DIALOGUE_OFFICER,
    /** Reads the whole log: the events of a secret case, never their summaries. */
    AUDITOR,
    ADMIN,
    /** Sees every application, a secret one as its skeleton only. */
    UNASSIGNED_EXAMINER,
    /** ベータ化学's filer with grants on the designated application and the request. */
    COMPANY_GRANTEE
  }

  private final MovableClock clock = MovableClock.startingNow();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  private ApiClient api;
  private SecretWorld w;
  private SchemaWalk schema;
  private Map<String, List<Probe>> probes;
  private int objectsInspected;
  private int answersInspected;

  /** One query of the walk. */
  record Probe(String label, String query, Map<String, Object> variables) {}

  @BeforeAll
  void secretCasesAndTheSchema() {
    api = new ApiClient(http);
    w = new SecretWorld(api, new World(organisations, users, hasher), users, clock);
    schema = new SchemaWalk(api, w.reviewer);
    probes = probes();
    for (Asker asker : Asker.values()) {
      // A view of every pre-report, so that opening it reaches whatever the list would.
      GraphQLResponse saved =
          api.graphql(
              token(asker),
              "mutation { saveView(input: {name: \"すべて\"}) { errors { code } } }",
              Map.of());
      assertEquals(List.of(), saved.at("saveView.errors"), () -> asker + ": " + saved.body());
    }
  }

  @AfterAll
  void coverage() {
    System.out.printf(
        "SecrecyWalkHttpTest: %d roots, %d probes, %d field paths, %d askers; %d answers and %d"
            + " secret objects inspected%n",
        probes.size(),
        probes.values().stream().mapToInt(List::size).sum(),
        schema.paths().size(),
        Asker.values().length,
        answersInspected,
        objectsInspected);
  }

  /** The withheldable types, and every query whose answer leads to one of them. */
  private Set<String> rootsReachingWithheldableTypes() {
    Set<String> withheldable =
        Arrays.stream(Withheldable.values())
            .map(Withheldable::typeName)
            .collect(Collectors.toSet());
    Set<String> roots = new TreeSet<>();
    for (SchemaWalk.Field root : schema.fieldsOf(schema.queryType())) {
      if (root.object()
          && schema.reachableFrom(root.type()).stream().anyMatch(withheldable::contains)) {
        roots.add(root.name());
      }
    }
    return roots;
  }

  private Map<String, List<Probe>> probes() {
    Map<String, List<Probe>> all = new LinkedHashMap<>();
    List<String> applications = List.of(w.designated, w.withdrawn, w.dismissed);
    String application = schema.selection("PatentApplication", "patentApplication");
    all.put(
        "patentApplication",
        applications.stream()
            .map(
                id ->
                    probe(
                        "patentApplication " + id,
                        "query($id: ID!) { patentApplication(id: $id) { " + application + " } }",
                        id))
            .toList());
    all.put(
        "patentApplications",
        List.of(
            probe(
                "patentApplications",
                "{ patentApplications(first: 100) { totalCount edges { node { "
                    + application
                    + " } } } }",
                null)));
    all.put(
        "screeningQueue",
        List.of(probe("screeningQueue", "{ screeningQueue { " + application + " } }", null)));
    String workbench = schema.selection("ScreeningWorkbench", "screeningWorkbench");
    all.put(
        "screeningWorkbench",
        applications.stream()
            .map(
                id ->
                    probe(
                        "screeningWorkbench " + id,
                        "query($id: ID!) { screeningWorkbench(id: $id) { " + workbench + " } }",
                        id))
            .toList());
    String request = schema.selection("PriorConfirmation", "priorConfirmation");
    all.put(
        "priorConfirmation",
        List.of(
            probe(
                "priorConfirmation",
                "query($id: ID!) { priorConfirmation(id: $id) { " + request + " } }",
                w.confirmation)));
    all.put(
        "priorConfirmations",
        List.of(
            probe(
                "priorConfirmations",
                "{ priorConfirmations(first: 100) { totalCount edges { node { "
                    + request
                    + " } } } }",
                null)));
    all.put(
        "deadlines",
        List.of(
            probe(
                "deadlines",
                "{ deadlines(first: 100) { totalCount edges { node { "
                    + schema.selection("Deadline", "deadlines")
                    + " } } } }",
                null)));
    all.put(
        "documentsByNumber",
        List.of(
            new Probe(
                "documentsByNumber",
                "query($n: String!) { documentsByNumber(number: $n) { "
                    + schema.selection("IssuedDocument", "documentsByNumber")
                    + " } }",
                Map.of("n", w.designationNoticeNumber))));
    String report = reportSelection();
    all.put(
        "preReport",
        List.of(
            probe(
                "preReport",
                "query($id: ID!) { preReport(id: $id) { " + report + " } }",
                w.report)));
    all.put(
        "preReports",
        List.of(
            probe(
                "preReports",
                "{ preReports(first: 100) { edges { node { " + report + " } } } }",
                null)));
    all.put(
        "dialogueQueue",
        Stream.of("MINE", "UNASSIGNED", "OVERDUE", "AWAITING_COMPANY")
            .map(
                kind ->
                    probe(
                        "dialogueQueue " + kind,
                        "{ dialogueQueue(kind: "
                            + kind
                            + ", first: 100) { edges { node { "
                            + report
                            + " } } } }",
                        null))
            .toList());
    all.put(
        "savedViews",
        List.of(
            probe(
                "savedViews",
                "{ savedViews { id preReports(first: 100) { edges { node { "
                    + report
                    + " } } } } }",
                null)));
    // Beyond the types: what the log, the feed and the timeline say about the cases.
    String event = schema.selection("AuditEvent", "auditTrail");
    List<Probe> trails = new ArrayList<>();
    List<Probe> searches = new ArrayList<>();
    for (String id : cases()) {
      trails.add(
          probe(
              "auditTrail " + id,
              "query($id: ID!) { auditTrail(caseId: $id) { " + event + " } }",
              id));
      searches.add(
          probe(
              "auditEvents " + id,
              "query($id: ID!) { auditEvents(filter: {caseId: $id}, first: 100) { totalCount edges"
                  + " { node { "
                  + event
                  + " } } } }",
              id));
    }
    searches.add(
        probe(
            "auditEvents",
            "{ auditEvents(first: 100) { totalCount edges { node { " + event + " } } } }",
            null));
    all.put("auditTrail", trails);
    all.put("auditEvents", searches);
    all.put(
        "notifications",
        List.of(
            probe(
                "notifications",
                "{ notifications(first: 100) { edges { node { "
                    + schema.selection("Notification", "notifications")
                    + " } } } }",
                null)));
    return all;
  }

  /** A pre-report's fields that lead to withheldable types, with those types in full. */
  private String reportSelection() {
    return "__typename id state timeline { "
        + schema.selection("TimelineEntry", "preReport.timeline")
        + " } linkedPatentApplications { "
        + schema.selection("LinkedCase", "preReport.linkedPatentApplications")
        + " } deadlines { "
        + schema.selection("Deadline", "preReport.deadlines")
        + " } documents { "
        + schema.selection("IssuedDocument", "preReport.documents")
        + " }";
  }

  private List<String> cases() {
    return List.of(w.designated, w.withdrawn, w.dismissed, w.confirmation, w.report);
  }

  private static Probe probe(String label, String query, String id) {
    return new Probe(label, query, id == null ? Map.of() : Map.of("id", id));
  }

  @Test
  void everyQueryThatLeadsToAWithheldableTypeHasAProbe() {
    assertEquals(rootsReachingWithheldableTypes(), new TreeSet<>(only(probes.keySet())));
  }

  @Test
  void theWalkSelectsEveryFieldReachableFromEveryWithheldableType() {
    Set<String> reachable = new TreeSet<>();
    for (Withheldable type : Withheldable.values()) {
      for (String name : schema.reachableFrom(type.typeName())) {
        schema.fieldsOf(name).stream()
            .filter(f -> !f.needsArguments())
            .forEach(f -> reachable.add(name + "." + f.name()));
      }
    }
    Set<String> missing = new TreeSet<>(reachable);
    missing.removeAll(schema.paths());
    assertEquals(Set.of(), missing);
    System.out.printf(
        "SecrecyWalkHttpTest: %d fields reachable from %d withheldable types, all selected%n",
        reachable.size(), Withheldable.values().length);
  }

  /** The walk is not vacuous: a need-to-know reader gets what the others must not. */
  @Test
  void aSecurityReviewerReadsWhatTheWalkLooksFor() {
    String everything =
        probes.values().stream()
            .flatMap(List::stream)
            .map(p -> api.graphql(w.reviewer, p.query(), p.variables()).toString())
            .collect(Collectors.joining("\n"));
    for (String secret :
        List.of(
            SecretWorld.DESIGNATED_TITLE,
            SecretWorld.WITHDRAWN_TITLE,
            SecretWorld.DISMISSED_TITLE,
            SecretWorld.CONSULTATION_TEXT,
            SecretWorld.CONFIRMATION_TITLE,
            SecretWorld.CONFIRMATION_CONSULTATION,
            w.today().minusDays(20).toString(),
            "共有事業者株式会社",
            "3141592")) {
      assertTrue(
          everything.contains(secret),
          () -> secret + " not in " + everything.substring(0, Math.min(3000, everything.length())));
    }
  }

  @TestFactory
  Stream<DynamicTest> nothingBeyondTheSkeletonComesBackToAnyoneWithoutNeedToKnow() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Asker asker : Asker.values()) {
      for (Probe probe : probes.values().stream().flatMap(List::stream).toList()) {
        tests.add(
            DynamicTest.dynamicTest(
                asker + ": " + probe.label(),
                () -> {
                  GraphQLResponse answer =
                      api.graphql(token(asker), probe.query(), probe.variables());
                  answersInspected++;
                  inspect(asker, probe, answer);
                }));
      }
    }
    return tests.stream();
  }

  private String token(Asker asker) {
    return switch (asker) {
      case OTHER_COMPANY -> w.otherCompany;
      case DIALOGUE_OFFICER -> w.officer;
      case AUDITOR -> w.auditor;
      case ADMIN -> w.admin;
      case UNASSIGNED_EXAMINER -> w.otherExaminer;
      case COMPANY_GRANTEE -> w.grantee;
    };
  }

  @SuppressWarnings("unchecked")
  private void inspect(Asker asker, Probe probe, GraphQLResponse answer) {
    String where = asker + " / " + probe.label() + ": ";
    Object data = answer.body().get("data");
    Set<String> secretApplications = new HashSet<>(List.of(w.designated, w.withdrawn, w.dismissed));
    Set<String> knownInFull = knownInFull(asker);
    Set<String> secret = new HashSet<>(w.secretCases());
    secret.removeAll(knownInFull);

    visit(
        data,
        object -> {
          String type = String.valueOf(object.get("__typename"));
          switch (type) {
            case "PatentApplication" -> {
              if (secret.contains(object.get("id"))) {
                objectsInspected++;
                assertTrue(
                    asker == Asker.UNASSIGNED_EXAMINER,
                    where + "a secret application shown at all: " + object);
                assertOnlySkeleton(where, object, APPLICATION_SKELETON);
              }
            }
            case "ScreeningWorkbench" -> {
              if (secretApplications.contains(object.get("applicationId"))) {
                objectsInspected++;
                assertOnlySkeleton(where, object, WORKBENCH_SKELETON);
              }
            }
            case "PriorConfirmation" -> {
              objectsInspected++;
              assertTrue(
                  knownInFull.contains(object.get("id")), where + "request shown: " + object);
              if (asker == Asker.COMPANY_GRANTEE) {
                assertEquals(
                    null, object.get("consultation"), where + "office-internal consultation");
              }
            }
            case "ReviewRecord" -> {
              objectsInspected++;
              assertTrue(
                  !"CONSULTATION".equals(object.get("kind")),
                  where + "office-internal record: " + object);
            }
            case "Deadline", "IssuedDocument", "Notification" -> {
              objectsInspected++;
              assertTrue(
                  !secret.contains(object.get("caseId")),
                  where + type + " of a secret case: " + object);
            }
            case "LinkedCase" -> {
              objectsInspected++;
              assertTrue(
                  !secret.contains(object.get("id")), where + "a link to a secret case: " + object);
            }
            case "TimelineEntry" -> {
              objectsInspected++;
              assertTrue(
                  !String.valueOf(object.get("eventType")).startsWith("PATENT_PRE_REPORT"),
                  where + "a link on the timeline: " + object);
            }
            case "AuditEvent" -> {
              objectsInspected++;
              boolean namesSecret =
                  secret.contains(object.get("caseId"))
                      || secret.stream()
                          .anyMatch(id -> String.valueOf(object.get("summary")).contains(id));
              if (namesSecret) {
                assertEquals(Asker.AUDITOR, asker, where + "event naming a secret case: " + object);
                assertEquals(
                    Secrecy.WITHHELD_SUMMARY, object.get("summary"), where + "summary shown");
              }
            }
            default -> {}
          }
        });

    String text = String.valueOf(data);
    for (String token : secretTexts(asker)) {
      assertTrue(!text.contains(token), where + "secret text " + token + " in " + text);
    }
    Set<String> leaves = new TreeSet<>();
    visitLeaves(data, leaves::add);
    for (String date : secretDates(asker)) {
      assertTrue(!leaves.contains(date), where + "secret date " + date + " in " + text);
    }
    if (asker != Asker.UNASSIGNED_EXAMINER && asker != Asker.AUDITOR) {
      for (String id : secret) {
        assertTrue(!text.contains(id), where + "a secret case's id: " + text);
      }
    }
  }

  /**
   * The secret cases this asker has need-to-know of: the grantee those it holds grants on, an
   * examiner every prior-confirmation request (the offices read requests whole).
   */
  private Set<String> knownInFull(Asker asker) {
    return switch (asker) {
      case COMPANY_GRANTEE -> new HashSet<>(List.of(w.designated, w.confirmation));
      case UNASSIGNED_EXAMINER -> new HashSet<>(List.of(w.confirmation));
      default -> new HashSet<>();
    };
  }

  /** Texts of the fixture that must not reach this asker. */
  private List<String> secretTexts(Asker asker) {
    List<String> texts =
        new ArrayList<>(List.of(SecretWorld.WITHDRAWN_TITLE, SecretWorld.DISMISSED_TITLE));
    if (asker != Asker.UNASSIGNED_EXAMINER) {
      texts.add(SecretWorld.CONFIRMATION_CONSULTATION);
    }
    if (asker != Asker.UNASSIGNED_EXAMINER && asker != Asker.COMPANY_GRANTEE) {
      texts.addAll(List.of(SecretWorld.CONFIRMATION_TITLE, "事前確認の秘密の概要"));
    }
    if (asker == Asker.COMPANY_GRANTEE) {
      texts.add(SecretWorld.CONSULTATION_TEXT);
    } else {
      texts.addAll(
          List.of(
              "（秘）",
              SecretWorld.CONSULTATION_TEXT,
              SecretWorld.DESIGNATED_TITLE,
              "共有事業者株式会社",
              "3141592",
              "共通の誘導制御技術"));
    }
    return texts;
  }

  /**
   * Filing, screening-due and designation dates of the secret applications this asker may not know.
   */
  private List<String> secretDates(Asker asker) {
    List<String> dates =
        new ArrayList<>(
            List.of(
                filed(19).toString(),
                filed(18).toString(),
                filed(19).plusMonths(3).toString(),
                filed(18).plusMonths(3).toString()));
    if (asker != Asker.COMPANY_GRANTEE) {
      dates.addAll(
          List.of(
              filed(20).toString(),
              filed(20).plusMonths(3).toString(),
              w.today().minusDays(20).plusDays(211).toString()));
    }
    return dates;
  }

  /** The filing date of a secret application of the world: {@code days} before today. */
  private java.time.LocalDate filed(int days) {
    return w.today().minusDays(days);
  }

  private static void assertOnlySkeleton(
      String where, Map<String, Object> object, Set<String> skeleton) {
    for (Map.Entry<String, Object> field : object.entrySet()) {
      if (skeleton.contains(field.getKey())) {
        continue;
      }
      Object value = field.getValue();
      assertTrue(
          value == null || value instanceof List<?> list && list.isEmpty(),
          where + "withheld field " + field.getKey() + " shown: " + object);
    }
  }

  @SuppressWarnings("unchecked")
  private static void visit(Object node, Consumer<Map<String, Object>> each) {
    if (node instanceof Map<?, ?> map) {
      each.accept((Map<String, Object>) map);
      map.values().forEach(v -> visit(v, each));
    } else if (node instanceof List<?> list) {
      list.forEach(v -> visit(v, each));
    }
  }

  private static void visitLeaves(Object node, Consumer<String> each) {
    if (node instanceof Map<?, ?> map) {
      map.values().forEach(v -> visitLeaves(v, each));
    } else if (node instanceof List<?> list) {
      list.forEach(v -> visitLeaves(v, each));
    } else if (node != null) {
      each.accept(String.valueOf(node));
    }
  }

  private static Set<String> only(Set<String> keys) {
    return keys.stream()
        .filter(k -> !Set.of("auditTrail", "auditEvents", "notifications").contains(k))
        .collect(Collectors.toSet());
  }
}
