package dev.taiwa.cases.matrix;

import dev.taiwa.cases.access.GrantPolicy;
import dev.taiwa.cases.audit.AuditLogAccessPolicy;
import dev.taiwa.cases.dialogue.access.DialogueQueuePolicy;
import dev.taiwa.cases.dialogue.model.DialogueAction;
import dev.taiwa.cases.dialogue.model.DialogueCasePolicy;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.DocumentPolicy;
import dev.taiwa.cases.identity.ColleaguePolicy;
import dev.taiwa.cases.identity.IdentityAccessPolicy;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TransitionTable;
import dev.taiwa.cases.patent.access.PatentAccessPolicy;
import dev.taiwa.cases.patent.compensation.access.CompensationAccessPolicy;
import dev.taiwa.cases.patent.compensation.model.CompensationAction;
import dev.taiwa.cases.patent.compensation.model.CompensationTransitions;
import dev.taiwa.cases.patent.confirmation.access.PriorConfirmationAccessPolicy;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationAction;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationTransitions;
import dev.taiwa.cases.patent.link.access.LinkAccessPolicy;
import dev.taiwa.cases.patent.model.PatentAction;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.model.PatentTransitions;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import dev.taiwa.cases.patent.model.ReviewRecordKinds;
import dev.taiwa.cases.patent.model.ReviewRecordPolicy;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNoticeRules;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNoticeRules.Step;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
import dev.taiwa.cases.prereport.model.PreReportAction;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.model.PreReportTransitions;
import dev.taiwa.cases.screening.access.ScreeningAccessPolicy;
import dev.taiwa.cases.statistics.access.StatisticsPolicy;
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
  private static final Map<Operation, Set<PreReportAction>> PRE_REPORT_CHANGES =
      Map.of(
          Operation.UPDATE_PRE_REPORT_DRAFT, EnumSet.of(PreReportAction.UPDATE_DRAFT),
          Operation.SUBMIT_PRE_REPORT, EnumSet.of(PreReportAction.SUBMIT),
          Operation.START_PRE_REPORT_REVIEW, EnumSet.of(PreReportAction.START_REVIEW),
          Operation.WITHDRAW_PRE_REPORT, EnumSet.of(PreReportAction.WITHDRAW),
          Operation.CLOSE_NO_CONCERN, EnumSet.of(PreReportAction.CLOSE_NO_CONCERN),
          Operation.CLOSE_WITH_MEASURES_AGREED, EnumSet.of(PreReportAction.CLOSE_MEASURES_AGREED),
          Operation.MARK_NOT_REPORTABLE, EnumSet.of(PreReportAction.MARK_NOT_REPORTABLE),
          Operation.ISSUE_INFORM, EnumSet.of(PreReportAction.ISSUE_INFORM),
          Operation.APPLY_FOR_LICENCE, EnumSet.of(PreReportAction.APPLY_FOR_LICENCE),
          Operation.DECIDE_LICENCE,
              EnumSet.of(
                  PreReportAction.GRANT_LICENCE,
                  PreReportAction.GRANT_LICENCE_WITH_CONDITIONS,
                  PreReportAction.REFUSE_LICENCE));

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
          Operation.ASSIGN_CASE_OFFICER, DialogueAction.ASSIGN_CASE_OFFICER,
          Operation.ASK_QUERY, DialogueAction.ASK_QUERY);

  private static final Map<Operation, DialogueAction> QUERY_CHANGES =
      Map.of(
          Operation.ANSWER_QUERY, DialogueAction.ANSWER_QUERY,
          Operation.WITHDRAW_QUERY, DialogueAction.WITHDRAW_QUERY);

  private static final DialogueCasePolicy DIALOGUE = new DialogueCasePolicy();

  private static final Map<Operation, Set<PatentAction>> PATENT_CHANGES =
      Map.ofEntries(
          Map.entry(
              Operation.DECIDE_SCREENING,
              EnumSet.of(PatentAction.SEND_TO_REVIEW, PatentAction.DECIDE_NOT_SENT)),
          Map.entry(
              Operation.REQUEST_SECURITY_REVIEW, EnumSet.of(PatentAction.REQUEST_SECURITY_REVIEW)),
          Map.entry(
              Operation.START_SECURITY_REVIEW, EnumSet.of(PatentAction.START_SECURITY_REVIEW)),
          Map.entry(Operation.ISSUE_PRIOR_NOTICE, EnumSet.of(PatentAction.ISSUE_PRIOR_NOTICE)),
          Map.entry(
              Operation.MAINTAIN_PATENT_APPLICATION, EnumSet.of(PatentAction.MAINTAIN_APPLICATION)),
          Map.entry(Operation.WITHDRAW_PATENT_APPLICATION, EnumSet.of(PatentAction.WITHDRAW)),
          Map.entry(Operation.DISMISS_PATENT_APPLICATION, EnumSet.of(PatentAction.DISMISS)),
          Map.entry(Operation.DESIGNATE_PATENT_APPLICATION, EnumSet.of(PatentAction.DESIGNATE)),
          Map.entry(
              Operation.DECIDE_NOT_DESIGNATED, EnumSet.of(PatentAction.DECIDE_NOT_DESIGNATED)),
          Map.entry(Operation.EXTEND_DESIGNATION, EnumSet.of(PatentAction.EXTEND_DESIGNATION)),
          Map.entry(Operation.LIFT_DESIGNATION, EnumSet.of(PatentAction.LIFT_DESIGNATION)));

  /** The patent operations that file review records, by the record kinds each files. */
  private static final Map<Operation, Set<ReviewRecordKind>> PATENT_RECORDS =
      Map.of(
          Operation.REQUEST_REVIEW_MATERIALS, EnumSet.of(ReviewRecordKind.MATERIALS_REQUEST),
          Operation.ANSWER_REVIEW_MATERIALS, EnumSet.of(ReviewRecordKind.MATERIALS_REPLY),
          Operation.RECORD_CONSULTATION, EnumSet.of(ReviewRecordKind.CONSULTATION),
          Operation.FILE_DESIGNATION_OBLIGATION, ReviewRecordKinds.FILED_BY_APPLICANT,
          Operation.DECIDE_DESIGNATION_OBLIGATION, ReviewRecordKinds.DECIDED_BY_REVIEWER);

  private static final ReviewRecordPolicy RECORDS = new ReviewRecordPolicy();

  /** The operations that can show a patent application's secret content. */
  private static final Set<Operation> SECRET_CONTENT =
      EnumSet.of(
          Operation.PATENT_APPLICATION, Operation.PATENT_APPLICATIONS, Operation.GENERATE_DOCUMENT);

  private static final Map<Operation, PriorConfirmationAction> PRIOR_CONFIRMATION_CHANGES =
      Map.of(
          Operation.SEND_PRIOR_CONFIRMATION_FOR_CONSULTATION,
              PriorConfirmationAction.SEND_FOR_CONSULTATION,
          Operation.RECORD_PRIOR_CONFIRMATION_CONSULTATION,
              PriorConfirmationAction.RECORD_CONSULTATION,
          Operation.ANSWER_PRIOR_CONFIRMATION, PriorConfirmationAction.ANSWER);

  private static final Map<Operation, CompensationAction> COMPENSATION_CHANGES =
      Map.of(
          Operation.ADD_COMPENSATION_ASSESSMENT_NOTE, CompensationAction.ADD_ASSESSMENT_NOTE,
          Operation.DECIDE_COMPENSATION, CompensationAction.DECIDE);

  private static final LinkAccessPolicy LINKS = new LinkAccessPolicy();
  private static final CompensationAccessPolicy COMPENSATION = new CompensationAccessPolicy();
  private static final PatentAccessPolicy PATENTS = new PatentAccessPolicy();
  private static final PriorConfirmationAccessPolicy PRIOR_CONFIRMATIONS =
      new PriorConfirmationAccessPolicy();
  private static final DialogueQueuePolicy QUEUES = new DialogueQueuePolicy();
  private static final StatisticsPolicy STATISTICS_POLICY = new StatisticsPolicy();
  private static final AuditLogAccessPolicy AUDIT_LOG = new AuditLogAccessPolicy();
  private static final GrantPolicy GRANTS = new GrantPolicy();
  private static final IdentityAccessPolicy IDENTITY = new IdentityAccessPolicy();
  private static final DocumentPolicy DOCUMENTS = new DocumentPolicy();
  private static final dev.taiwa.cases.patent.catalogue.IpcMappingPolicy IPC_MAPPING =
      new dev.taiwa.cases.patent.catalogue.IpcMappingPolicy();

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
        // Own views and those shared within the organisation (SavedViewPolicy); a view lists only
        // what the opener's own scope shows.
      case SAVED_VIEWS, SAVE_VIEW, DELETE_VIEW -> Permission.of(Reach.OWN_ORGANISATION);
      case PRE_REPORT, PRE_REPORTS -> Permission.of(grant.see());
      case CREATE_PRE_REPORT_DRAFT ->
          grant.create() ? Permission.of(Reach.OWN_ORGANISATION) : Permission.denied();
      case UPDATE_PRE_REPORT_DRAFT,
              SUBMIT_PRE_REPORT,
              START_PRE_REPORT_REVIEW,
              WITHDRAW_PRE_REPORT,
              CLOSE_NO_CONCERN,
              CLOSE_WITH_MEASURES_AGREED,
              MARK_NOT_REPORTABLE,
              ISSUE_INFORM,
              APPLY_FOR_LICENCE,
              DECIDE_LICENCE ->
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
      case PATENT_APPLICATION, PATENT_APPLICATIONS -> patentRead(patent);
      case SCREENING_WORKBENCH ->
          patent.register() ? Permission.of(patent.see()) : Permission.denied();
      case REGISTER_PATENT_APPLICATION ->
          patent.register() ? Permission.of(Reach.EVERYTHING) : Permission.denied();
      case DECIDE_SCREENING,
              REQUEST_SECURITY_REVIEW,
              START_SECURITY_REVIEW,
              ISSUE_PRIOR_NOTICE,
              MAINTAIN_PATENT_APPLICATION,
              WITHDRAW_PATENT_APPLICATION,
              DISMISS_PATENT_APPLICATION,
              DESIGNATE_PATENT_APPLICATION,
              DECIDE_NOT_DESIGNATED,
              EXTEND_DESIGNATION,
              LIFT_DESIGNATION ->
          patentTransition(PATENT_CHANGES.get(operation), role, patent.act());
      case SCREENING_QUEUE ->
          patent.register() ? Permission.of(Reach.EVERYTHING) : Permission.denied();
      case REQUEST_REVIEW_MATERIALS,
              ANSWER_REVIEW_MATERIALS,
              RECORD_CONSULTATION,
              FILE_DESIGNATION_OBLIGATION,
              DECIDE_DESIGNATION_OBLIGATION ->
          patentRecord(PATENT_RECORDS.get(operation), role, patent.act());
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
              ASSIGN_CASE_OFFICER,
              ASK_QUERY ->
          dialogue(DIALOGUE_CHANGES.get(operation), role, grant.act());
      case ANSWER_QUERY, WITHDRAW_QUERY ->
          dialogue(QUERY_CHANGES.get(operation), role, grant.act());
      case DEADLINES,
              NOTIFICATIONS,
              UNREAD_NOTIFICATION_COUNT,
              MARK_NOTIFICATION_READ,
              MARK_ALL_NOTIFICATIONS_READ ->
          Permission.of(caseListReach(grant.see(), patent.see()));
      case PRIOR_CONFIRMATION, PRIOR_CONFIRMATIONS ->
          Permission.of(PRIOR_CONFIRMATIONS.grants().get(role).see());
      case REQUEST_PRIOR_CONFIRMATION ->
          PRIOR_CONFIRMATIONS.grants().get(role).request()
              ? Permission.of(Reach.OWN_ORGANISATION)
              : Permission.denied();
      case SEND_PRIOR_CONFIRMATION_FOR_CONSULTATION,
              RECORD_PRIOR_CONFIRMATION_CONSULTATION,
              ANSWER_PRIOR_CONFIRMATION ->
          tableCell(
              PriorConfirmationTransitions.TABLE,
              EnumSet.of(PRIOR_CONFIRMATION_CHANGES.get(operation)),
              role,
              PRIOR_CONFIRMATIONS.grants().get(role).act());
      case CLAIM_COMPENSATION ->
          COMPENSATION.claimants().contains(role) && patent.act() != Reach.NOTHING
              ? new Permission(patent.act(), CompensationAccessPolicy.CLAIMABLE_STATES)
              : Permission.denied();
      case ADD_COMPENSATION_ASSESSMENT_NOTE, DECIDE_COMPENSATION ->
          tableCell(
              CompensationTransitions.TABLE,
              EnumSet.of(COMPENSATION_CHANGES.get(operation)),
              role,
              COMPENSATION.grants().get(role).act());
      case LINK_PRE_REPORT, UNLINK_PRE_REPORT -> Permission.of(LINKS.linkReach(role));
      case DIALOGUE_QUEUE -> oneOf(QUEUES.readers(), role);
      case ALLOCATE_TO_ME -> dialogue(DialogueAction.ASSIGN_CASE_OFFICER, role, grant.act());
      case REQUEST_NON_SENDING_NOTICE -> nonSendingNotice(Step.REQUEST, role, patent);
      case ISSUE_NON_SENDING_NOTICE -> nonSendingNotice(Step.ISSUE, role, patent);
      case GENERATE_DOCUMENT ->
          documents(
              role,
              Map.of(
                  DocumentKind.Track.PRE_REPORT, grant.act(),
                  DocumentKind.Track.PATENT, patent.act(),
                  DocumentKind.Track.PRIOR_CONFIRMATION, answerReach(role)));
      case VERIFY_DOCUMENT -> Permission.of(Reach.EVERYTHING);
        // Anyone may ask; only the documents they may read (as on their cases) are answered.
      case DOCUMENTS_BY_NUMBER -> Permission.of(Reach.EVERYTHING);
      case RECORD_SPECIFIED_FIELD_REVISION -> oneOf(IPC_MAPPING.recorders(), role);
      case SPECIFIED_FIELD_REVISIONS -> cell(Operation.SPECIFIED_FIELDS, role, policy);
      case COLLEAGUES -> oneOf(ColleaguePolicy.READERS, role);
      case SCREENING_LIST_VERSIONS -> Permission.of(Reach.EVERYTHING);
      case SCREEN_COUNTERPARTY -> oneOf(ScreeningAccessPolicy.SCREEN, role);
      case IMPORT_SCREENING_LIST -> oneOf(ScreeningAccessPolicy.IMPORT, role);
      case SCREEN_PRE_REPORT -> screenPreReport(role);
      case DISPOSE_SCREENING_HIT -> oneOf(ScreeningAccessPolicy.DISPOSE, role);
      case STATISTICS -> statistics(STATISTICS_POLICY.grants().get(role));
    };
  }

  /**
   * How far a role's deadline and notification lists reach: the wider of what it sees of
   * pre-reports and of patent applications (the runtime asks each kind's policy the same through
   * {@link dev.taiwa.cases.kernel.VisibleCases#reach}).
   */
  private static Reach caseListReach(Reach preReports, Reach patents) {
    return preReports.ordinal() <= patents.ordinal() ? preReports : patents;
  }

  /** Statistics: the wider of how far the role's figures reach into either track. */
  private static Permission statistics(StatisticsPolicy.Grant grant) {
    return Permission.of(caseListReach(grant.preReports(), grant.patents()));
  }

  /**
   * Screening a filed pre-report: dialogue officers on every filed case, the company's filers on
   * their own (a draft is screened when it is submitted).
   */
  private static Permission screenPreReport(Role role) {
    if (!ScreeningAccessPolicy.SCREEN.contains(role)) {
      return Permission.denied();
    }
    return new Permission(
        role == Role.FILER ? Reach.OWN_ORGANISATION : Reach.EVERY_FILED_CASE,
        EnumSet.complementOf(EnumSet.of(PreReportState.DRAFT)));
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

  /** A read of applications: the role's reach, bound to the states it counts in (if not all). */
  private static Permission patentRead(PatentAccessPolicy.Grant patent) {
    return patent.see() == Reach.NOTHING || patent.states().size() == PatentState.values().length
        ? Permission.of(patent.see())
        : new Permission(patent.see(), patent.states());
  }

  /** A step of a notice of non-sending: its rule's role and states, on applications it acts on. */
  private static Permission nonSendingNotice(
      Step step, Role role, PatentAccessPolicy.Grant patent) {
    NonSendingNoticeRules.Rule rule = NonSendingNoticeRules.RULES.get(step);
    Set<PatentState> states = EnumSet.noneOf(PatentState.class);
    rule.states().stream().filter(patent::counts).forEach(states::add);
    return rule.role() != role || patent.act() == Reach.NOTHING || states.isEmpty()
        ? Permission.denied()
        : new Permission(patent.act(), states);
  }

  /**
   * Generating documents: the kinds the document policy lets the role generate, on the cases the
   * role acts on in each kind's track, in the states the kinds allow.
   */
  private static Permission documents(Role role, Map<DocumentKind.Track, Reach> acts) {
    Reach widest = Reach.NOTHING;
    Set<Enum<?>> states = new java.util.LinkedHashSet<>();
    for (DocumentKind kind : DOCUMENTS.kindsFor(role)) {
      Reach act = acts.get(kind.track());
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

  /**
   * How far a role's documents on prior-confirmation requests reach: the answer is issued only by
   * the examiner who gave it ("assigned"), other roles as far as they act on requests.
   */
  private static Reach answerReach(Role role) {
    Reach act = PRIOR_CONFIRMATIONS.grants().get(role).act();
    return role == DocumentPolicy.ANSWERER && act != Reach.NOTHING ? Reach.ASSIGNED_CASES : act;
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

  private static Permission patentRecord(Set<ReviewRecordKind> kinds, Role role, Reach act) {
    Set<PatentState> states = RECORDS.statesFor(kinds, role);
    return states.isEmpty() || act == Reach.NOTHING
        ? Permission.denied()
        : new Permission(act, states);
  }

  /** A change on a case of {@code table}: the rows' roles and from-states, on reachable cases. */
  private static <S extends Enum<S>, A extends Enum<A>> Permission tableCell(
      TransitionTable<S, A> table, Set<A> actions, Role role, Reach act) {
    Set<S> states = EnumSet.noneOf(table.stateType());
    for (TransitionTable.Row<S, A> row : table.rows()) {
      if (actions.contains(row.action()) && row.roles().contains(role)) {
        states.add(row.from());
      }
    }
    return states.isEmpty() || act == Reach.NOTHING
        ? Permission.denied()
        : new Permission(act, states);
  }

  private static Permission transition(Set<PreReportAction> actions, Role role, Reach act) {
    TransitionTable<PreReportState, PreReportAction> table = PreReportTransitions.TABLE;
    Set<PreReportState> states = EnumSet.noneOf(PreReportState.class);
    for (TransitionTable.Row<PreReportState, PreReportAction> row : table.rows()) {
      if (actions.contains(row.action()) && row.roles().contains(role)) {
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
