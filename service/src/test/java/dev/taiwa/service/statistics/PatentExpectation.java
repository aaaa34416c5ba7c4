package dev.taiwa.service.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The patent figures worked out from the stored rows {@link IndependentFigures} selects. */
final class PatentExpectation {
  private final IndependentFigures rows;

  PatentExpectation(IndependentFigures rows) {
    this.rows = rows;
  }

  /** Each figure by its GraphQL field name (shares are checked apart). */
  Map<String, Long> figures(LocalDate today) {
    List<Object[]> applications = rows.applications();
    long screened =
        applications.stream().filter(a -> (Boolean) a[2] || "NOT_SENT".equals(a[1])).count();
    long sent = applications.stream().filter(a -> (Boolean) a[2]).count();
    List<String> designated =
        applications.stream()
            .filter(a -> "DESIGNATED".equals(a[1]))
            .map(a -> (String) a[0])
            .toList();
    Map<String, LocalDate> periodEnds = new TreeMap<>();
    for (String kind : List.of("DESIGNATION", "EXTENSION")) {
      for (String[] r : rows.records(kind)) {
        periodEnds.merge(r[0], LocalDate.parse(r[1]), (x, y) -> x.isAfter(y) ? x : y);
      }
    }
    long endingSoon =
        designated.stream()
            .map(periodEnds::get)
            .filter(end -> !end.isBefore(today) && !end.isAfter(today.plusDays(90)))
            .count();
    List<long[]> claims = rows.claims();
    Map<String, Long> figures = new TreeMap<>();
    figures.put("screened", screened);
    figures.put("sentToReview", sent);
    figures.put("designationsInForce", (long) designated.size());
    figures.put("designationsEndingSoon", endingSoon);
    figures.put("extensions", (long) rows.records("EXTENSION").size());
    figures.put("liftings", (long) rows.records("LIFTING").size());
    figures.put("compensationClaims", (long) claims.size());
    figures.put("compensationClaimedYen", claims.stream().mapToLong(c -> c[0]).sum());
    figures.put(
        "compensationPaidClaims", claims.stream().filter(c -> c[1] == 1 && c[2] > 0).count());
    figures.put(
        "compensationPaidYen", claims.stream().filter(c -> c[1] == 1).mapToLong(c -> c[2]).sum());
    return figures;
  }
}
