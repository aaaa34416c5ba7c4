package dev.taiwa.cases.access;

import dev.taiwa.cases.dialogue.model.DialogueAction;
import dev.taiwa.cases.dialogue.model.DialogueCasePolicy;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.DocumentPolicy;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TransitionTable;
import dev.taiwa.cases.patent.model.PatentAction;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.model.PatentTransitions;
import dev.taiwa.cases.prereport.model.PreReportAction;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.model.PreReportTransitions;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The permission matrix: for every operation and role, how far the role reaches and in which case
 * states. Case operations are derived from the access policies and the transition tables (so the
 * matrix cannot drift from what the use cases enforce); operations on no case are declared here.
 * The README prints this matrix and the HTTP matrix test checks every cell.
 */
public final class AccessMatrix {
  private static final Map<Operation, PreReportAction> PRE_REPORT_CHANGES =
      Map.of(
          Operation.UPDATE_PRE_REPORT_DRAFT, PreReportAction.UPDATE_DRAFT,
          Operation.SUBMIT_PRE_REPORT, PreReportAction.SUBMIT,
          Operation.START_PRE_REPORT_REVIEW, PreReportAction.START_REVIEW,
          Operation.WITHDRAW_PRE_REPORT, PreReportAction.WITHDRAW);

  private static final Map<Operation, DialogueAction> DIALOGUE_CHANGES =
      Map.of(
          Operation.SCHEDULE_MEETING, DialogueAction.SCHEDULE_MEETING,
          Operation.RESCHEDULE_MEETING, DialogueAction.RESCHEDULE_MEETING,
          Operation.CANCEL_MEETING, DialogueAction.CANCEL_MEETING,
          Operation.RECORD_MEETING_HELD, DialogueAction.RECORD_MEETING_HELD,
          Operation.RAISE_CONCERN, DialogueAction.RAISE_CONCERN,
          Operation.ANSWER_CONCERN, DialogueAction.ANSWER_CONCERN,
          Operation.RESOLVE_CONCERN, DialogueAction.RESOLVE_CONCERN,
          Operation.MARK_CONCERN_UNRESOLVED, DialogueAction.MARK_CONCERN_UNRESOLVED,
          Operation.ASSIGN_CASE_OFFICER, DialogueAction.ASSIGN_CASE_OFFICER);

  private static final DialogueCasePolicy DIALOGUE = new DialogueCasePolicy();

  private static final Map<Operation, Set<PatentAction>> PATENT_CHANGES =
      Map.of(
          Operation.DECIDE_SCREENING,
              EnumSet.of(PatentAction.SEND_TO_REVIEW, PatentAction.DECIDE_NOT_SENT),
          Operation.REQUEST_SECURITY_REVIEW, EnumSet.of(PatentAction.REQUEST_SECURITY_REVIEW));

  /** The operations that can show a patent application's secret content. */
  private static final Set<Operation> SECRET_CONTENT =
      EnumSet.of(
          Operation.PATENT_APPLICATION, Operation.PATENT_APPLICATIONS, Operation.GENERATE_DOCUMENT);

  private static final PatentAccessPolicy PATENTS = new PatentAccessPolicy();
  private static final AuditLogAccessPolicy AUDIT_LOG = new AuditLogAccessPolicy();
  private static final GrantPolicy GRANTS = new GrantPolicy();
  private static final IdentityAccessPolicy IDENTITY = new IdentityAccessPolicy();
  private static final DocumentPolicy DOCUMENTS = new DocumentPolicy();

  private final Map<Operation, Map<Role, Permission>> cells;

  private AccessMatrix(Map<Operation, Map<Role, Permission>> cells) {
    this.cells = cells;
  }

  /** The matrix Taiwa enforces. */
  public static AccessMatrix standard() {
    PreReportAccessPolicy preReports = new PreReportAccessPolicy();
    Map<Operation, Map<Role, Permission>> cells = new EnumMap<>(Operation.class);
    for (Operation operation : Operation.values()) {
      Map<Role, Permission> row = new EnumMap<>(Role.class);
      for (Role role : Role.values()) {
        row.put(role, cell(operation, role, preReports));
      }
      cells.put(operation, Collections.unmodifiableMap(row));
    }
    return new AccessMatrix(Collections.unmodifiableMap(cells));
  }

  public Permission permission(Operation operation, Role role) {
    return cells.get(operation).get(role);
  }

  /** True when the operation can show secret content, so the matrix has a secret dimension. */
  public boolean hasSecretDimension(Operation operation) {
    return SECRET_CONTENT.contains(operation);
  }

  /**
   * How far a role's use of the operation opens the secret content of an application in a secret
   * state (without a need-to-know grant): {@link Reach#NOTHING} for operations without content.
   */
  public Reach secretContent(Operation operation, Role role) {
    if (!hasSecretDimension(operation) || !permission(operation, role).allowsAnything()) {
      return Reach.NOTHING;
    }
    return PATENTS.grants().get(role).secret();
  }

  /** True when any of the caller's roles may use the operation at all. */
  public boolean allows(Operation operation, Actor actor) {
    return actor.roles().stream().anyMatch(r -> permission(operation, r).allowsAnything());
  }

  /** The widest reach among the caller's roles. */
  public Reach reach(Operation operation, Actor actor) {
    Reach widest = Reach.NOTHING;
    for (Role role : actor.roles()) {
      Reach reach = permission(operation, role).reach();
      if (reach.ordinal() < widest.ordinal()) {
        widest = reach;
      }
    }
    return widest;
  }

  private static Permission cell(Operation operation, Role role, PreReportAccessPolicy policy) {
    PreReportAccessPolicy.Grant grant = policy.grants().get(role);
    PatentAccessPolicy.Grant patent = PATENTS.grants().get(role);
    return switch (operation) {
      case ME, TECHNOLOGIES, TECHNOLOGY_REVISIONS, CHECK_APPLICABILITY ->
          Permission.of(Reach.EVERYTHING);
      case PRE_REPORT, PRE_REPORTS -> Permission.of(grant.see());
      case CREATE_PRE_REPORT_DRAFT ->
          grant.create() ? Permission.of(Reach.OWN_ORGANISATION) : Permission.denied();
      case UPDATE_PRE_REPORT_DRAFT,
              SUBMIT_PRE_REPORT,
              START_PRE_REPORT_REVIEW,
              WITHDRAW_PRE_REPORT ->
          transition(PRE_REPORT_CHANGES.get(operation), role, grant.act());
      case AUDIT_TRAIL, AUDIT_EVENTS ->
          switch (AUDIT_LOG.reachOf(role)) {
            case WHOLE_LOG -> Permission.of(Reach.EVERYTHING);
            case CASE_EVENTS -> Permission.of(grant.see());
            case NOTHING -> Permission.denied();
          };
      case VERIFY_AUDIT_CHAIN -> oneOf(AUDIT_LOG.verifiers(), role);
      case ACCESS_GRANTS -> oneOf(GRANTS.grantReaders(), role);
      case MY_ACCESS_GRANTS -> Permission.of(Reach.EVERYTHING);
      case BREAK_GLASS_REVIEW_QUEUE, REVIEW_BREAK_GLASS ->
          oneOf(GRANTS.breakGlassReviewers(), role);
      case GRANT_ACCESS, REVOKE_ACCESS -> oneOf(GRANTS.granters(), role);
      case OPEN_BREAK_GLASS -> oneOf(GRANTS.breakGlassOpeners(), role);
      case ORGANISATIONS -> Permission.of(IDENTITY.organisationReaches().get(role));
      case SPECIFIED_FIELDS -> Permission.of(Reach.EVERYTHING);
      case PATENT_APPLICATION, PATENT_APPLICATIONS -> Permission.of(patent.see());
      case SCREENING_WORKBENCH ->
          patent.register() ? Permission.of(patent.see()) : Permission.denied();
      case REGISTER_PATENT_APPLICATION ->
          patent.register() ? Permission.of(Reach.EVERYTHING) : Permission.denied();
      case DECIDE_SCREENING, REQUEST_SECURITY_REVIEW ->
          patentTransition(PATENT_CHANGES.get(operation), role, patent.act());
      case USERS,
              CREATE_USER,
              DISABLE_USER,
              ENABLE_USER,
              RESET_PASSWORD,
              ASSIGN_ROLES,
              CREATE_ORGANISATION ->
          oneOf(IDENTITY.administrators(), role);
      case SCHEDULE_MEETING,
              RESCHEDULE_MEETING,
              CANCEL_MEETING,
              RECORD_MEETING_HELD,
              RAISE_CONCERN,
              ANSWER_CONCERN,
              RESOLVE_CONCERN,
              MARK_CONCERN_UNRESOLVED,
              ASSIGN_CASE_OFFICER ->
          dialogue(DIALOGUE_CHANGES.get(operation), role, grant.act());
      case GENERATE_DOCUMENT -> documents(role, grant.act(), patent.act());
      case VERIFY_DOCUMENT -> Permission.of(Reach.EVERYTHING);
    };
  }

  private static Permission oneOf(Set<Role> roles, Role role) {
    return roles.contains(role) ? Permission.of(Reach.EVERYTHING) : Permission.denied();
  }

  /** A dialogue change: the policy's roles and case states, on the cases the role may act on. */
  private static Permission dialogue(DialogueAction action, Role role, Reach act) {
    if (!DIALOGUE.rolesFor(action).contains(role) || act == Reach.NOTHING) {
      return Permission.denied();
    }
    Set<PreReportState> states = EnumSet.copyOf(DIALOGUE.caseStatesFor(action));
    if (act == Reach.EVERY_FILED_CASE) {
      states.remove(PreReportState.DRAFT);
    }
    return states.isEmpty() ? Permission.denied() : new Permission(act, states);
  }

  /**
   * Generating documents: the kinds the document policy lets the role generate, on the cases the
   * role acts on in each kind's track, in the states the kinds allow.
   */
  private static Permission documents(Role role, Reach preReportAct, Reach patentAct) {
    Reach widest = Reach.NOTHING;
    Set<Enum<?>> states = new java.util.LinkedHashSet<>();
    for (DocumentKind kind : DOCUMENTS.kindsFor(role)) {
      Reach act = kind.track() == DocumentKind.Track.PRE_REPORT ? preReportAct : patentAct;
      if (act == Reach.NOTHING) {
        continue;
      }
      if (act.ordinal() < widest.ordinal()) {
        widest = act;
      }
      states.addAll(DOCUMENTS.rules().get(kind).states());
    }
    return widest == Reach.NOTHING ? Permission.denied() : new Permission(widest, states);
  }

  private static Permission patentTransition(Set<PatentAction> actions, Role role, Reach act) {
    Set<PatentState> states = EnumSet.noneOf(PatentState.class);
    for (TransitionTable.Row<PatentState, PatentAction> row : PatentTransitions.TABLE.rows()) {
      if (actions.contains(row.action()) && row.roles().contains(role)) {
        states.add(row.from());
      }
    }
    return states.isEmpty() || act == Reach.NOTHING
        ? Permission.denied()
        : new Permission(act, states);
  }

  private static Permission transition(PreReportAction action, Role role, Reach act) {
    TransitionTable<PreReportState, PreReportAction> table = PreReportTransitions.TABLE;
    Set<PreReportState> states = EnumSet.noneOf(PreReportState.class);
    for (TransitionTable.Row<PreReportState, PreReportAction> row : table.rows()) {
      if (row.action() == action && row.roles().contains(role)) {
        states.add(row.from());
      }
    }
    if (states.isEmpty() || act == Reach.NOTHING) {
      return Permission.denied();
    }
    if (act == Reach.EVERY_FILED_CASE) {
      states.remove(PreReportState.DRAFT);
    }
    return states.isEmpty() ? Permission.denied() : new Permission(act, states);
  }
}
