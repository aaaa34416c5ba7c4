package dev.taiwa.cases.document.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind x role x case state (of all three tracks) against a hand-written list of who may
 * generate which document when.
 */
class DocumentPolicyTest {
  private static final Set<Role> FILER_OR_OFFICER = EnumSet.of(Role.FILER, Role.DIALOGUE_OFFICER);
  private static final Set<Role> OFFICER = EnumSet.of(Role.DIALOGUE_OFFICER);
  private static final Set<Role> EXAMINER = EnumSet.of(Role.PATENT_EXAMINER);
  private static final Set<Role> REVIEWER = EnumSet.of(Role.SECURITY_REVIEWER);
  private static final Set<PreReportState> FILED =
      EnumSet.complementOf(EnumSet.of(PreReportState.DRAFT));
  private static final Set<PreReportState> LICENCE_DECIDED =
      EnumSet.of(
          PreReportState.LICENCE_GRANTED,
          PreReportState.LICENCE_GRANTED_WITH_CONDITIONS,
          PreReportState.LICENCE_REFUSED);
  private static final Set<PatentState> ONCE_DESIGNATED =
      EnumSet.of(PatentState.DESIGNATED, PatentState.LIFTED, PatentState.EXPIRED);

  private record Expected(Set<Role> roles, Set<? extends Enum<?>> states) {}

  private static final Map<DocumentKind, Expected> EXPECTED =
      Map.ofEntries(
          Map.entry(DocumentKind.PRE_REPORT_FORM, new Expected(FILER_OR_OFFICER, FILED)),
          Map.entry(DocumentKind.MEETING_RECORD, new Expected(FILER_OR_OFFICER, FILED)),
          Map.entry(DocumentKind.MEETING_RECORD_INTERNAL, new Expected(OFFICER, FILED)),
          Map.entry(DocumentKind.CASE_DOSSIER, new Expected(OFFICER, FILED)),
          Map.entry(
              DocumentKind.SCREENING_SENT_NOTICE,
              new Expected(
                  EXAMINER,
                  EnumSet.of(PatentState.SENT_TO_REVIEW, PatentState.UNDER_SECURITY_REVIEW))),
          Map.entry(
              DocumentKind.SCREENING_NOT_SENT_NOTICE,
              new Expected(EXAMINER, EnumSet.of(PatentState.NOT_SENT))),
          Map.entry(
              DocumentKind.INFORM_NOTICE,
              new Expected(
                  OFFICER,
                  EnumSet.of(
                      PreReportState.INFORM_ISSUED,
                      PreReportState.LICENCE_APPLIED,
                      PreReportState.LICENCE_GRANTED,
                      PreReportState.LICENCE_GRANTED_WITH_CONDITIONS,
                      PreReportState.LICENCE_REFUSED,
                      PreReportState.WITHDRAWN))),
          Map.entry(DocumentKind.LICENCE_DECISION_NOTICE, new Expected(OFFICER, LICENCE_DECIDED)),
          Map.entry(
              DocumentKind.PRIOR_NOTICE,
              new Expected(
                  REVIEWER,
                  EnumSet.of(PatentState.PRIOR_NOTICE_ISSUED, PatentState.APPLICATION_MAINTAINED))),
          Map.entry(DocumentKind.DESIGNATION_NOTICE, new Expected(REVIEWER, ONCE_DESIGNATED)),
          Map.entry(
              DocumentKind.DESIGNATION_EXTENSION_NOTICE, new Expected(REVIEWER, ONCE_DESIGNATED)),
          Map.entry(
              DocumentKind.DESIGNATION_LIFTING_NOTICE,
              new Expected(REVIEWER, EnumSet.of(PatentState.LIFTED))),
          Map.entry(
              DocumentKind.PRIOR_CONFIRMATION_ANSWER,
              new Expected(EXAMINER, EnumSet.of(PriorConfirmationState.ANSWERED))));

  private final DocumentPolicy policy = new DocumentPolicy();

  static Stream<Arguments> everyKindRoleAndState() {
    List<Enum<?>> states = new ArrayList<>();
    states.addAll(List.of(PreReportState.values()));
    states.addAll(List.of(PatentState.values()));
    states.addAll(List.of(PriorConfirmationState.values()));
    return Stream.of(DocumentKind.values())
        .flatMap(
            kind ->
                Stream.of(Role.values())
                    .flatMap(role -> states.stream().map(s -> Arguments.of(kind, role, s))));
  }

  @ParameterizedTest(name = "{0} by {1} on a {2} case")
  @MethodSource("everyKindRoleAndState")
  void aDocumentIsGeneratedOnlyByTheListedRolesInTheListedStates(
      DocumentKind kind, Role role, Enum<?> state) {
    Expected expected = EXPECTED.get(kind);
    boolean allowed = expected.roles().contains(role) && expected.states().contains(state);

    assertEquals(
        allowed, policy.mayGenerate(kind, Set.of(role)) && policy.generatableIn(kind, state));
  }

  @Test
  void theListCoversEveryKind() {
    assertEquals(EnumSet.allOf(DocumentKind.class), EnumSet.copyOf(EXPECTED.keySet()));
    assertEquals(EXPECTED.keySet(), policy.rules().keySet());
  }

  @Test
  void onceAnsweredOnlyTheExaminerWhoAnsweredCountsAsItsExaminer() {
    Set<Role> roles = EnumSet.of(Role.PATENT_EXAMINER);

    assertEquals(roles, policy.rolesOnPriorConfirmation(roles, false));
    assertEquals(Set.of(), policy.rolesOnPriorConfirmation(roles, true));
    assertEquals(Set.of(Role.FILER), policy.rolesOnPriorConfirmation(EnumSet.of(Role.FILER), true));
  }

  @Test
  void internalKindsAreReadOnlyByTheOfficialsAndNoticesByEveryoneOnTheCase() {
    assertFalse(policy.mayRead(DocumentKind.MEETING_RECORD_INTERNAL, Set.of(Role.FILER)));
    assertFalse(policy.mayRead(DocumentKind.CASE_DOSSIER, Set.of(Role.FILER)));
    assertTrue(policy.mayRead(DocumentKind.CASE_DOSSIER, Set.of(Role.DIALOGUE_OFFICER)));
    for (DocumentKind notice :
        List.of(
            DocumentKind.INFORM_NOTICE,
            DocumentKind.LICENCE_DECISION_NOTICE,
            DocumentKind.DESIGNATION_NOTICE,
            DocumentKind.PRIOR_CONFIRMATION_ANSWER)) {
      assertTrue(policy.mayRead(notice, Set.of(Role.FILER)), notice.name());
    }
  }
}
