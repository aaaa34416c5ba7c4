package dev.taiwa.cases.document.model;

import dev.taiwa.cases.dialogue.model.DialogueCasePolicy;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may generate which kind of document, and in which states of its case, as data: one {@link
 * Rule} per kind. The roles are those that count on the case (the access policies decide that: a
 * filer only on its own organisation's cases). Who may read a document follows its kind's {@link
 * DocumentKind.Audience}: the case's audience, or only the officials who read internal notes.
 * Notices are issued by the office that decided: dialogue officers (inform, licence decision),
 * security reviewers (prior notice, designation, extension, lifting) and the examiner who answered
 * a prior-confirmation request.
 */
public final class DocumentPolicy {

  /** The roles that may generate a kind, and the case states in which it can be generated. */
  public record Rule(Set<Role> generators, Set<? extends Enum<?>> states) {}

  /** The role whose holder answers a prior-confirmation request and alone issues the answer. */
  public static final Role ANSWERER = Role.PATENT_EXAMINER;

  private static final Map<DocumentKind, Rule> RULES = standardRules();
  private final DialogueCasePolicy dialogue = new DialogueCasePolicy();

  private static Map<DocumentKind, Rule> standardRules() {
    Set<PreReportState> filed = EnumSet.complementOf(EnumSet.of(PreReportState.DRAFT));
    Set<Role> caseParties = EnumSet.of(Role.FILER, Role.DIALOGUE_OFFICER);
    Set<Role> officers = EnumSet.of(Role.DIALOGUE_OFFICER);
    Set<Role> examiners = EnumSet.of(Role.PATENT_EXAMINER);
    Set<Role> reviewers = EnumSet.of(Role.SECURITY_REVIEWER);
    Set<PreReportState> licenceDecided =
        EnumSet.of(
            PreReportState.LICENCE_GRANTED,
            PreReportState.LICENCE_GRANTED_WITH_CONDITIONS,
            PreReportState.LICENCE_REFUSED);
    Set<PreReportState> informed = EnumSet.copyOf(licenceDecided);
    informed.addAll(
        EnumSet.of(
            PreReportState.INFORM_ISSUED,
            PreReportState.LICENCE_APPLIED,
            PreReportState.WITHDRAWN));
    Set<PatentState> designatedOnce =
        EnumSet.of(PatentState.DESIGNATED, PatentState.LIFTED, PatentState.EXPIRED);
    Map<DocumentKind, Rule> rules = new EnumMap<>(DocumentKind.class);
    rules.put(DocumentKind.PRE_REPORT_FORM, new Rule(caseParties, filed));
    rules.put(DocumentKind.MEETING_RECORD, new Rule(caseParties, filed));
    rules.put(DocumentKind.MEETING_RECORD_INTERNAL, new Rule(officers, filed));
    rules.put(DocumentKind.CASE_DOSSIER, new Rule(officers, filed));
    rules.put(
        DocumentKind.SCREENING_SENT_NOTICE,
        new Rule(
            examiners, EnumSet.of(PatentState.SENT_TO_REVIEW, PatentState.UNDER_SECURITY_REVIEW)));
    rules.put(
        DocumentKind.SCREENING_NOT_SENT_NOTICE,
        new Rule(examiners, EnumSet.of(PatentState.NOT_SENT)));
    rules.put(DocumentKind.INFORM_NOTICE, new Rule(officers, informed));
    rules.put(DocumentKind.LICENCE_DECISION_NOTICE, new Rule(officers, licenceDecided));
    rules.put(
        DocumentKind.PRIOR_NOTICE,
        new Rule(
            reviewers,
            EnumSet.of(PatentState.PRIOR_NOTICE_ISSUED, PatentState.APPLICATION_MAINTAINED)));
    rules.put(DocumentKind.DESIGNATION_NOTICE, new Rule(reviewers, designatedOnce));
    rules.put(DocumentKind.DESIGNATION_EXTENSION_NOTICE, new Rule(reviewers, designatedOnce));
    rules.put(
        DocumentKind.DESIGNATION_LIFTING_NOTICE,
        new Rule(reviewers, EnumSet.of(PatentState.LIFTED)));
    rules.put(
        DocumentKind.PRIOR_CONFIRMATION_ANSWER,
        new Rule(examiners, EnumSet.of(PriorConfirmationState.ANSWERED)));
    return Collections.unmodifiableMap(rules);
  }

  /** The whole policy, one rule per kind, for the access matrix and tests. */
  public Map<DocumentKind, Rule> rules() {
    return RULES;
  }

  /** True when one of {@code rolesOnCase} may generate {@code kind} at all. */
  public boolean mayGenerate(DocumentKind kind, Set<Role> rolesOnCase) {
    return rolesOnCase.stream().anyMatch(RULES.get(kind).generators()::contains);
  }

  /** True when a case in {@code state} can have a document of {@code kind}. */
  public boolean generatableIn(DocumentKind kind, Enum<?> state) {
    return RULES.get(kind).states().contains(state);
  }

  /**
   * True when a caller with {@code rolesOnCase} (who may see the case) may read a document of
   * {@code kind}: officials-only kinds need a role that reads internal notes.
   */
  public boolean mayRead(DocumentKind kind, Set<Role> rolesOnCase) {
    return kind.audience() == DocumentKind.Audience.CASE || dialogue.seesInternalNotes(rolesOnCase);
  }

  /**
   * The roles that count for documents on a prior-confirmation request: the answer is issued by the
   * examiner who gave it, so once another examiner answered, the caller's examiner role does not
   * count.
   */
  public Set<Role> rolesOnPriorConfirmation(
      Set<Role> rolesOnRequest, boolean answeredBySomeoneElse) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(rolesOnRequest);
    if (answeredBySomeoneElse) {
      roles.remove(ANSWERER);
    }
    return roles;
  }

  /** The kinds {@code role} may generate, in declaration order. */
  public Set<DocumentKind> kindsFor(Role role) {
    Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
    RULES.forEach(
        (kind, rule) -> {
          if (rule.generators().contains(role)) {
            kinds.add(kind);
          }
        });
    return kinds;
  }
}
