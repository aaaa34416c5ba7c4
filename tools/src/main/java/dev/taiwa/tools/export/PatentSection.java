package dev.taiwa.tools.export;

import static dev.taiwa.tools.export.Texts.text;
import static dev.taiwa.tools.export.Texts.tokyo;

import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.secrecy.WithheldFields;
import dev.taiwa.cases.secrecy.Withheldable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A patent application as {@code PatentQueries} shows it to the operator's account: a secret
 * application's content only to a need-to-know reader (each such read audited as
 * SECRET_CONTENT_READ by the query); to anyone else only the columns {@link WithheldFields} shows
 * under the skeleton (id, number, state, {@code secretWithheld} true), the same decision as the
 * API's.
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
    List<Object> all =
        Arrays.asList(
            a.id().toString(),
            a.number().value(),
            a.state().name(),
            text(a.filingDate()),
            a.applicants().stream().map(Object::toString).collect(Collectors.joining(";")),
            text(a.route()),
            a.ipcCodes().stream().map(Object::toString).collect(Collectors.joining(";")),
            text(a.screeningDue()),
            a.matchedFields().stream().map(String::valueOf).collect(Collectors.joining(";")),
            a.outsideReason(),
            tokyo(a.registeredAt()),
            view.secretWithheld(),
            a.title(),
            a.abstractText(),
            a.claims());
    List<Object> cells = new ArrayList<>();
    List<String> columns = columns();
    for (int i = 0; i < columns.size(); i++) {
      boolean shown =
          WithheldFields.shows(
              view.disclosure(), Withheldable.PATENT_APPLICATION, apiField(columns.get(i)));
      cells.add(shown ? all.get(i) : null);
    }
    return cells;
  }

  /**
   * The API field a column shows, for the secrecy decision; a column the API does not have (the
   * registration time) counts as withheld under the skeleton.
   */
  private static String apiField(String column) {
    return column.equals("abstractText") ? "abstract" : column;
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
