package dev.taiwa.graphql.patent;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.patent.model.AdditionalRequirementFacts;
import dev.taiwa.cases.patent.model.FilingRoute;
import dev.taiwa.cases.patent.model.PatentApplicationForm;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.port.PatentFilter;
import dev.taiwa.graphql.support.Ids;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** GraphQL input maps to command values. An applicant id that is no UUID names no organisation. */
final class PatentInputs {
  private static final OrganisationId NO_ORGANISATION =
      new OrganisationId(new java.util.UUID(0, 0));

  private PatentInputs() {}

  @SuppressWarnings("unchecked")
  static PatentApplicationForm form(Map<String, Object> in) {
    List<String> applicantIds = (List<String>) in.getOrDefault("applicantIds", List.of());
    Map<String, Object> facts = (Map<String, Object>) in.get("additionalRequirementFacts");
    Object route = in.get("route");
    return new PatentApplicationForm(
        (String) in.get("applicationNumber"),
        (LocalDate) in.get("filingDate"),
        applicantIds.stream()
            .map(id -> Ids.uuid(id).map(OrganisationId::new).orElse(NO_ORGANISATION))
            .toList(),
        Boolean.TRUE.equals(in.get("inventionCompletedInJapan")),
        (String) in.get("title"),
        (String) in.get("abstract"),
        (String) in.get("claims"),
        (List<String>) in.getOrDefault("ipcCodes", List.of()),
        route == null ? null : FilingRoute.valueOf(route.toString()),
        facts == null
            ? AdditionalRequirementFacts.none()
            : new AdditionalRequirementFacts(
                Boolean.TRUE.equals(facts.get("defencePurpose")),
                Boolean.TRUE.equals(facts.get("stateOrNationalAgencyApplicant")),
                Boolean.TRUE.equals(facts.get("commissionedResearch"))));
  }

  @SuppressWarnings("unchecked")
  static PatentFilter filter(Map<String, Object> in) {
    if (in == null) {
      return PatentFilter.none();
    }
    List<Object> states = (List<Object>) in.get("states");
    Set<PatentState> parsed = EnumSet.noneOf(PatentState.class);
    if (states != null) {
      states.forEach(s -> parsed.add(PatentState.valueOf(s.toString())));
    }
    return new PatentFilter(parsed, (String) in.get("applicationNumber"));
  }
}
