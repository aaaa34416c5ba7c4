package dev.taiwa.cases.deadline.application;

import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.notification.Recipient;
import java.util.List;
import java.util.Set;

/**
 * Whom a deadline reminder is for: whoever owes the deadline. The company: the filers of each of
 * the case's organisations. The officials: the official in charge of the case if there is one, else
 * every holder of the role that works the deadline (dialogue officers on a pre-report, examiners on
 * an application, security reviewers on its review and designation periods).
 */
public final class ReminderRecipients {
  /** The patent deadlines worked by the Cabinet Office's security reviewers, not by examiners. */
  static final Set<String> SECURITY_REVIEW_RULES =
      Set.of(DeadlineRules.REVIEW_DECISION_TARGET, DeadlineRules.DESIGNATION_MAX_PERIOD);

  public List<Recipient> of(TrackedDeadline deadline, CaseParties.Parties parties) {
    if (deadline.obligor() == Obligor.COMPANY) {
      return parties.companies().stream()
          .<Recipient>map(o -> new Recipient.RoleInOrganisation(o, Role.FILER))
          .toList();
    }
    Role role = officialsRole(deadline);
    boolean officialWorksIt = role != Role.SECURITY_REVIEWER;
    if (officialWorksIt && parties.official().isPresent()) {
      return List.of(new Recipient.User(parties.official().get()));
    }
    return List.of(new Recipient.EveryoneWithRole(role));
  }

  static Role officialsRole(TrackedDeadline deadline) {
    if (deadline.caseKind() == CaseKind.PRE_REPORT) {
      return Role.DIALOGUE_OFFICER;
    }
    return SECURITY_REVIEW_RULES.contains(deadline.ruleName())
        ? Role.SECURITY_REVIEWER
        : Role.PATENT_EXAMINER;
  }
}
