package dev.taiwa.tools.export;

import static dev.taiwa.tools.export.Texts.text;
import static dev.taiwa.tools.export.Texts.tokyo;

import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.model.PatentApplication;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A patent application as {@code PatentQueries} shows it to the operator's account: a secret
 * application's content only to a need-to-know reader (each such read audited as
 * SECRET_CONTENT_READ by the query); to anyone else only its id, number and state, with {@code
 * secretWithheld} true.
 */
final class PatentSection implements ExportSection<PatentApplicationView> {
  @Override
  public String name() {
    return "patentApplication";
  }

  @Override
  public List<String> columns() {
    return List.of(
        "id",
        "applicationNumber",
        "state",
        "filingDate",
        "applicants",
        "route",
        "ipcCodes",
        "screeningDue",
        "matchedFields",
        "outsideReason",
        "registeredAtTokyo",
        "secretWithheld",
        "title",
        "abstractText",
        "claims");
  }

  @Override
  public List<Object> cells(PatentApplicationView view) {
    PatentApplication a = view.application();
    List<Object> cells =
        new java.util.ArrayList<>(
            Arrays.asList(a.id().toString(), a.number().value(), a.state().name()));
    PatentApplication c = view.content().orElse(null);
    if (c == null) {
      cells.addAll(Arrays.asList(null, null, null, null, null, null, null, null, true));
      cells.addAll(Arrays.asList(null, null, null));
      return cells;
    }
    cells.addAll(
        Arrays.asList(
            text(c.filingDate()),
            c.applicants().stream().map(Object::toString).collect(Collectors.joining(";")),
            text(c.route()),
            c.ipcCodes().stream().map(Object::toString).collect(Collectors.joining(";")),
            text(c.screeningDue()),
            c.matchedFields().stream().map(String::valueOf).collect(Collectors.joining(";")),
            c.outsideReason(),
            tokyo(c.registeredAt()),
            false,
            c.title(),
            c.abstractText(),
            c.claims()));
    return cells;
  }

  @Override
  public Object json(PatentApplicationView view) {
    List<Object> cells = cells(view);
    Map<String, Object> object = ExportSection.object();
    for (int i = 0; i < columns().size(); i++) {
      object.put(columns().get(i), cells.get(i));
    }
    return object;
  }
}
