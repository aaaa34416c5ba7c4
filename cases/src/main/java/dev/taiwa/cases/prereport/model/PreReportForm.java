package dev.taiwa.cases.prereport.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one-page pre-report form (事前報告, 1枚の様式). A draft may be incomplete; submission requires every
 * field but {@code contact.department}, {@code contact.phone}, {@code managementMeasures} and
 * {@code lateExplanation}, which a report filed on or after its planned date needs ({@link
 * LateReportExplanation}).
 */
public record PreReportForm(
    Contact contact,
    List<Integer> technologyNumbers,
    TransactionType transactionType,
    Counterparty counterparty,
    LocalDate plannedDate,
    PlannedDateKind plannedDateKind,
    String technologyDescription,
    String managementMeasures,
    String lateExplanation) {

  /** Every leaf field of the form by its dotted path, in form order. */
  private static final Map<String, Function<PreReportForm, Object>> FIELDS = fields();

  public PreReportForm {
    technologyNumbers = technologyNumbers == null ? List.of() : List.copyOf(technologyNumbers);
  }

  /** A form without a late explanation (a report not yet, or not, late). */
  public PreReportForm(
      Contact contact,
      List<Integer> technologyNumbers,
      TransactionType transactionType,
      Counterparty counterparty,
      LocalDate plannedDate,
      PlannedDateKind plannedDateKind,
      String technologyDescription,
      String managementMeasures) {
    this(
        contact,
        technologyNumbers,
        transactionType,
        counterparty,
        plannedDate,
        plannedDateKind,
        technologyDescription,
        managementMeasures,
        null);
  }

  public static PreReportForm empty() {
    return new PreReportForm(null, List.of(), null, null, null, null, null, null, null);
  }

  /** The dotted path of every leaf field, in form order (the fields a rejection may name). */
  public static java.util.Set<String> fieldPaths() {
    return java.util.Collections.unmodifiableSet(FIELDS.keySet());
  }

  /**
   * The dotted paths (e.g. {@code counterparty.countryCode}) whose values differ, in form order.
   */
  public static List<String> changedFields(PreReportForm before, PreReportForm after) {
    List<String> changed = new ArrayList<>();
    FIELDS.forEach(
        (path, value) -> {
          if (!Objects.equals(value.apply(before), value.apply(after))) {
            changed.add(path);
          }
        });
    return changed;
  }

  private static Map<String, Function<PreReportForm, Object>> fields() {
    Map<String, Function<PreReportForm, Object>> fields = new LinkedHashMap<>();
    fields.put("contact.name", f -> f.contact() == null ? null : f.contact().name());
    fields.put("contact.department", f -> f.contact() == null ? null : f.contact().department());
    fields.put("contact.email", f -> f.contact() == null ? null : f.contact().email());
    fields.put("contact.phone", f -> f.contact() == null ? null : f.contact().phone());
    fields.put("technologyNumbers", PreReportForm::technologyNumbers);
    fields.put("transactionType", PreReportForm::transactionType);
    fields.put("counterparty.nameOriginal", f -> counterparty(f, Counterparty::nameOriginal));
    fields.put("counterparty.nameRomanised", f -> counterparty(f, Counterparty::nameRomanised));
    fields.put("counterparty.countryCode", f -> counterparty(f, Counterparty::countryCode));
    fields.put("counterparty.relationship", f -> counterparty(f, Counterparty::relationship));
    fields.put("plannedDate", PreReportForm::plannedDate);
    fields.put("plannedDateKind", PreReportForm::plannedDateKind);
    fields.put("technologyDescription", PreReportForm::technologyDescription);
    fields.put("managementMeasures", PreReportForm::managementMeasures);
    fields.put("lateExplanation", PreReportForm::lateExplanation);
    return fields;
  }

  private static Object counterparty(PreReportForm form, Function<Counterparty, Object> part) {
    return form.counterparty() == null ? null : part.apply(form.counterparty());
  }
}
