package dev.taiwa.cases.statistics.port;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.patent.model.PatentState;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which cases the figures count, decided by the statistics policy and enforced by the store in its
 * queries (never by filtering afterwards). Drafts never count: the figures are of filed cases.
 *
 * @param preReportOrganisation only this organisation's filed pre-reports, or null
 * @param everyPreReport every organisation's filed pre-reports
 * @param patentApplicant only the applications this organisation applied for, or null
 * @param everyPatentIn every application in these states (empty: none beyond the applicant's)
 */
public record StatisticsScope(
    OrganisationId preReportOrganisation,
    boolean everyPreReport,
    OrganisationId patentApplicant,
    Set<PatentState> everyPatentIn) {
  public StatisticsScope {
    everyPatentIn =
        everyPatentIn.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(EnumSet.copyOf(everyPatentIn));
  }

  public static StatisticsScope nothing() {
    return new StatisticsScope(null, false, null, Set.of());
  }

  /** What either scope counts. */
  public StatisticsScope union(StatisticsScope other) {
    Set<PatentState> states = EnumSet.noneOf(PatentState.class);
    states.addAll(everyPatentIn);
    states.addAll(other.everyPatentIn);
    return new StatisticsScope(
        everyPreReport || other.everyPreReport
            ? null
            : first(preReportOrganisation, other.preReportOrganisation),
        everyPreReport || other.everyPreReport,
        first(patentApplicant, other.patentApplicant),
        states);
  }

  /** True when some pre-reports count. */
  public boolean coversPreReports() {
    return everyPreReport || preReportOrganisation != null;
  }

  /** True when some patent applications count. */
  public boolean coversPatents() {
    return patentApplicant != null || !everyPatentIn.isEmpty();
  }

  /** True when every application counts whatever its state. */
  public boolean everyPatent() {
    return everyPatentIn.size() == PatentState.values().length;
  }

  public boolean isNothing() {
    return !coversPreReports() && !coversPatents();
  }

  private static OrganisationId first(OrganisationId a, OrganisationId b) {
    return a != null ? a : b;
  }
}
