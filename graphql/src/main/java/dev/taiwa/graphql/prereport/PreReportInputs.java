package dev.taiwa.graphql.prereport;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.prereport.model.Contact;
import dev.taiwa.cases.prereport.model.Counterparty;
import dev.taiwa.cases.prereport.model.CounterpartyRelationship;
import dev.taiwa.cases.prereport.model.PlannedDateKind;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.model.TransactionType;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RefusalException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns coerced GraphQL input objects (maps whose enums and dates are already Java values) into the
 * use cases' records. Values are passed on unjudged: validation is the use cases' job.
 */
public final class PreReportInputs {
  private PreReportInputs() {}

  public static PreReportForm form(Map<String, Object> input) {
    Map<String, Object> contact = object(input, "contact");
    Map<String, Object> counterparty = object(input, "counterparty");
    List<Integer> numbers = get(input, "technologyNumbers");
    return new PreReportForm(
        contact == null
            ? null
            : new Contact(
                get(contact, "name"),
                get(contact, "department"),
                get(contact, "email"),
                get(contact, "phone")),
        numbers,
        PreReportInputs.<TransactionType>get(input, "transactionType"),
        counterparty == null
            ? null
            : new Counterparty(
                get(counterparty, "nameOriginal"),
                get(counterparty, "nameRomanised"),
                get(counterparty, "countryCode"),
                PreReportInputs.<CounterpartyRelationship>get(counterparty, "relationship")),
        PreReportInputs.<LocalDate>get(input, "plannedDate"),
        PreReportInputs.<PlannedDateKind>get(input, "plannedDateKind"),
        get(input, "technologyDescription"),
        get(input, "managementMeasures"),
        get(input, "lateExplanation"));
  }

  /** The filter; no filter at all for null. An organisation id that is no UUID is refused. */
  public static PreReportFilter filter(Map<String, Object> input) {
    if (input == null) {
      return PreReportFilter.none();
    }
    List<PreReportState> states = get(input, "states");
    String organisation = get(input, "organisationId");
    OrganisationId organisationId =
        organisation == null
            ? null
            : Ids.uuid(organisation)
                .map(OrganisationId::new)
                .orElseThrow(
                    () ->
                        new RefusalException(
                            ErrorCode.INVALID_VALUE, "filter.organisationId is not a valid id"));
    return new PreReportFilter(
        states == null ? Set.of() : Set.copyOf(states),
        get(input, "technologyNumber"),
        get(input, "destinationCountry"),
        organisationId,
        get(input, "plannedFrom"),
        get(input, "plannedTo"),
        get(input, "text"),
        Boolean.TRUE.equals(get(input, "unreviewedHits")),
        get(input, "search"));
  }

  private static Map<String, Object> object(Map<String, Object> input, String name) {
    return get(input, name);
  }

  @SuppressWarnings("unchecked")
  static <T> T get(Map<String, Object> input, String name) {
    return (T) input.get(name);
  }
}
