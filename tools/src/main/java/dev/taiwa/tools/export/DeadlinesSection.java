package dev.taiwa.tools.export;

import static dev.taiwa.tools.export.ExportSection.object;
import static dev.taiwa.tools.export.Texts.text;

import dev.taiwa.cases.deadline.application.DeadlineQueries;
import dev.taiwa.cases.deadline.application.DeadlineView;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A case's deadlines as {@link DeadlineQueries#ofCases} shows them to the operator's account (the
 * read policy decides which of a visible case's deadlines it reads), as of today: subject, rule,
 * due date and status. In CSV: the count still open, one line each.
 *
 * @param <C> the exported case
 */
final class DeadlinesSection<C> implements ExportSection<C> {
  private final DeadlineQueries deadlines;
  private final Function<C, CaseId> idOf;
  private Map<CaseId, List<DeadlineView>> loaded = Map.of();

  DeadlinesSection(DeadlineQueries deadlines, Function<C, CaseId> idOf) {
    this.deadlines = deadlines;
    this.idOf = idOf;
  }

  @Override
  public String name() {
    return "deadlines";
  }

  @Override
  public List<String> columns() {
    return List.of("deadlines.open", "deadlines");
  }

  @Override
  public void load(Actor actor, List<C> page) {
    loaded = page.isEmpty() ? Map.of() : deadlines.ofCases(actor, page.stream().map(idOf).toList());
  }

  private List<DeadlineView> of(C item) {
    return loaded.getOrDefault(idOf.apply(item), List.of());
  }

  private static boolean open(DeadlineView view) {
    return view.tracked().isOpen();
  }

  @Override
  public List<Object> cells(C item) {
    return List.of(
        of(item).stream().filter(DeadlinesSection::open).count(),
        of(item).stream()
            .map(
                d ->
                    d.tracked().subject()
                        + " ("
                        + d.tracked().ruleName()
                        + ") "
                        + d.deadline().due()
                        + " "
                        + d.status())
            .collect(Collectors.joining("\n")));
  }

  @Override
  public Object json(C item) {
    return of(item).stream()
        .map(
            d ->
                object(
                    "subject", d.tracked().subject(),
                    "rule", d.tracked().ruleName(),
                    "obligor", text(d.tracked().obligor()),
                    "due", text(d.deadline().due()),
                    "status", text(d.status()),
                    "metOn", d.tracked().metOn().map(Object::toString).orElse(null),
                    "cancelledOn", d.tracked().cancelledOn().map(Object::toString).orElse(null)))
        .toList();
  }
}
