package dev.taiwa.cases.patent.model;

import static dev.taiwa.cases.patent.model.PatentState.APPLICATION_MAINTAINED;
import static dev.taiwa.cases.patent.model.PatentState.DESIGNATED;
import static dev.taiwa.cases.patent.model.PatentState.PRIOR_NOTICE_ISSUED;
import static dev.taiwa.cases.patent.model.PatentState.UNDER_SECURITY_REVIEW;
import static dev.taiwa.cases.patent.model.ReviewRecordKind.*;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who files which record that does not move the application, in which states, and which earlier
 * record it answers: requests for materials and their replies and consultations while under review
 * (Art. 67); while designated, the obligation sub-cases — working permission (Art. 73), sharing
 * approval and change notices (Art. 76), information-management attestations (Art. 75) and incident
 * reports. A filer counts only on its own organisation's applications (the access policy's
 * business). Records made by transitions (prior notice, designation, …) are not here.
 */
public final class ReviewRecordPolicy {
  /** One row: the role that files the record, the states it may be filed in, what it answers. */
  public record Rule(Role role, Set<PatentState> states, Optional<ReviewRecordKind> answers) {}

  private static final Set<PatentState> REVIEW =
      EnumSet.of(UNDER_SECURITY_REVIEW, PRIOR_NOTICE_ISSUED, APPLICATION_MAINTAINED);
  private static final Set<PatentState> DESIGNATION = EnumSet.of(DESIGNATED);

  private static final Map<ReviewRecordKind, Rule> RULES = rules();

  private static Map<ReviewRecordKind, Rule> rules() {
    Map<ReviewRecordKind, Rule> rules = new EnumMap<>(ReviewRecordKind.class);
    rules.put(MATERIALS_REQUEST, rule(Role.SECURITY_REVIEWER, REVIEW, null));
    rules.put(MATERIALS_REPLY, rule(Role.FILER, REVIEW, MATERIALS_REQUEST));
    rules.put(CONSULTATION, rule(Role.SECURITY_REVIEWER, REVIEW, null));
    rules.put(WORKING_PERMISSION_REQUEST, rule(Role.FILER, DESIGNATION, null));
    rules.put(
        WORKING_PERMISSION_GRANTED,
        rule(Role.SECURITY_REVIEWER, DESIGNATION, WORKING_PERMISSION_REQUEST));
    rules.put(
        WORKING_PERMISSION_REFUSED,
        rule(Role.SECURITY_REVIEWER, DESIGNATION, WORKING_PERMISSION_REQUEST));
    rules.put(SHARING_APPROVAL_REQUEST, rule(Role.FILER, DESIGNATION, null));
    rules.put(
        SHARING_APPROVED, rule(Role.SECURITY_REVIEWER, DESIGNATION, SHARING_APPROVAL_REQUEST));
    rules.put(SHARING_REFUSED, rule(Role.SECURITY_REVIEWER, DESIGNATION, SHARING_APPROVAL_REQUEST));
    rules.put(SHARING_CHANGE_NOTIFIED, rule(Role.FILER, DESIGNATION, null));
    rules.put(MANAGEMENT_ATTESTATION, rule(Role.FILER, DESIGNATION, null));
    rules.put(INCIDENT_REPORT, rule(Role.FILER, DESIGNATION, null));
    rules.put(INCIDENT_ACKNOWLEDGED, rule(Role.SECURITY_REVIEWER, DESIGNATION, INCIDENT_REPORT));
    return Collections.unmodifiableMap(rules);
  }

  private static Rule rule(Role role, Set<PatentState> states, ReviewRecordKind answers) {
    return new Rule(role, Set.copyOf(states), Optional.ofNullable(answers));
  }

  /** The rule of a kind filed on its own, or empty for records made by transitions. */
  /**
   * Why a caller holding {@code roles} may not file {@code kind} on an application in {@code
   * state}: FORBIDDEN for the wrong role (or a kind nobody files), INVALID_STATE out of turn.
   */
  public Optional<Rejection> refusal(ReviewRecordKind kind, PatentState state, Set<Role> roles) {
    Optional<Rule> rule = ruleFor(kind);
    if (rule.isEmpty() || !roles.contains(rule.get().role())) {
      return Optional.of(Rejection.of(ErrorCode.FORBIDDEN, "Your role may not file " + kind));
    }
    if (!rule.get().states().contains(state)) {
      return Optional.of(
          Rejection.of(
              ErrorCode.INVALID_STATE, "Cannot file " + kind + " on an application " + state));
    }
    return Optional.empty();
  }

  public Optional<Rule> ruleFor(ReviewRecordKind kind) {
    return Optional.ofNullable(RULES.get(kind));
  }

  /** Every kind filed on its own. */
  public Set<ReviewRecordKind> filedKinds() {
    return RULES.keySet();
  }

  /** The states in which {@code role} files any of {@code kinds}; empty when it files none. */
  public Set<PatentState> statesFor(Set<ReviewRecordKind> kinds, Role role) {
    Set<PatentState> states = EnumSet.noneOf(PatentState.class);
    for (ReviewRecordKind kind : kinds) {
      Rule rule = RULES.get(kind);
      if (rule != null && rule.role() == role) {
        states.addAll(rule.states());
      }
    }
    return states;
  }
}
