package dev.taiwa.cases.patent.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.patent.model.PatentState;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which applications a caller may see at all, enforced in the store's query: those its own
 * organisation applied for, every application in {@code everyApplicationIn} (a security reviewer:
 * from SENT_TO_REVIEW onwards; an examiner: every state), and the cases it holds an active
 * need-to-know grant for.
 */
public record PatentScope(
    OrganisationId applicantOrganisation,
    Set<PatentState> everyApplicationIn,
    Set<CaseId> grantedCases) {
  public PatentScope {
    everyApplicationIn = Set.copyOf(everyApplicationIn);
    grantedCases = Set.copyOf(grantedCases);
  }

  /** Its own organisation's applications and/or every application in every state. */
  public PatentScope(OrganisationId applicantOrganisation, boolean everyApplication) {
    this(
        applicantOrganisation,
        everyApplication ? EnumSet.allOf(PatentState.class) : Set.of(),
        Set.of());
  }

  public static PatentScope nothing() {
    return new PatentScope(null, false);
  }

  public PatentScope union(PatentScope other) {
    Set<PatentState> states = EnumSet.noneOf(PatentState.class);
    states.addAll(everyApplicationIn);
    states.addAll(other.everyApplicationIn);
    Set<CaseId> cases = new java.util.HashSet<>(grantedCases);
    cases.addAll(other.grantedCases);
    return new PatentScope(
        applicantOrganisation != null ? applicantOrganisation : other.applicantOrganisation,
        states,
        cases);
  }

  /** True when every application in every state is in scope (no condition needed). */
  public boolean everyApplication() {
    return everyApplicationIn.size() == PatentState.values().length;
  }

  public boolean isNothing() {
    return applicantOrganisation == null && everyApplicationIn.isEmpty() && grantedCases.isEmpty();
  }

  /**
   * True when the scope shows the application {@code id} of {@code applicants} in {@code state}.
   */
  public boolean includes(CaseId id, Set<OrganisationId> applicants, PatentState state) {
    return everyApplicationIn.contains(state)
        || (applicantOrganisation != null && applicants.contains(applicantOrganisation))
        || grantedCases.contains(id);
  }
}
