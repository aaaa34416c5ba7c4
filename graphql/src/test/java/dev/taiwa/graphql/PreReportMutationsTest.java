package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.application.PreReportCommands;
import dev.taiwa.cases.prereport.model.Contact;
import dev.taiwa.cases.prereport.model.Counterparty;
import dev.taiwa.cases.prereport.model.CounterpartyRelationship;
import dev.taiwa.cases.prereport.model.PlannedDateKind;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.TransactionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;

class PreReportMutationsTest {
  private static final String PAYLOAD =
      "{ preReport { id version } errors { code field message } }";
  private static final String INPUT = "input: { technologyNumbers: [1] }";

  private final ApiHarness api = new ApiHarness();
  private final OrganisationId organisation = OrganisationId.random();
  private final Actor filer = Fixtures.aFiler(organisation);
  private final PreReport report =
      Fixtures.aDraft(organisation, Instant.parse("2026-03-01T00:00:00Z"), 1);

  @AfterEach
  void close() {
    api.close();
  }

  /** One mutation: its GraphQL text (with {@code %s} for the id) and the command it calls. */
  record Mutation(
      String name, String text, Function<PreReportCommands, Result<PreReport>> command) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Mutation> mutations() {
    return Stream.of(
        new Mutation(
            "createPreReportDraft",
            "createPreReportDraft(" + INPUT + ")",
            c -> c.createDraft(any(), any())),
        new Mutation(
            "updatePreReportDraft",
            "updatePreReportDraft(id: \"%s\", expectedVersion: 3, " + INPUT + ")",
            c -> c.updateDraft(any(), any(), anyLong(), any())),
        new Mutation(
            "submitPreReport", "submitPreReport(id: \"%s\")", c -> c.submit(any(), any(), any())),
        new Mutation(
            "startPreReportReview",
            "startPreReportReview(id: \"%s\")",
            c -> c.startReview(any(), any(), any())),
        new Mutation(
            "withdrawPreReport",
            "withdrawPreReport(id: \"%s\", reason: \"deal abandoned\")",
            c -> c.withdraw(any(), any(), any(), anyString())));
  }

  static Stream<Arguments> mutationsOnACase() {
    return mutations().filter(m -> m.text().contains("%s")).map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}: accepted")
  @MethodSource("mutations")
  void anAcceptedResultGivesTheReportAndNoErrors(Mutation mutation) {
    when(mutation.command().apply(api.commands)).thenReturn(Result.ok(report));

    Map<String, Object> payload = payload(mutation);

    assertEquals(
        Map.of("id", report.id().toString(), "version", 1), (Map<?, ?>) payload.get("preReport"));
    assertEquals(List.of(), payload.get("errors"));
  }

  @ParameterizedTest(name = "{0}: refused, report still visible")
  @MethodSource("mutations")
  void aRefusedResultWithTheCurrentReportGivesBothReportAndErrors(Mutation mutation) {
    when(mutation.command().apply(api.commands))
        .thenReturn(
            Result.refused(
                Optional.of(report),
                List.of(
                    Rejection.onField(
                        ErrorCode.UNKNOWN_COUNTRY, "counterparty.countryCode", "XX is no country"),
                    Rejection.of(ErrorCode.INVALID_STATE, "Cannot SUBMIT a case in state DRAFT"))));

    Map<String, Object> payload = payload(mutation);

    assertEquals(report.id().toString(), ((Map<?, ?>) payload.get("preReport")).get("id"));
    Map<String, Object> whole = new HashMap<>();
    whole.put("code", "INVALID_STATE");
    whole.put("field", null);
    whole.put("message", "Cannot SUBMIT a case in state DRAFT");
    assertEquals(
        List.of(
            Map.of(
                "code",
                "UNKNOWN_COUNTRY",
                "field",
                "counterparty.countryCode",
                "message",
                "XX is no country"),
            whole),
        payload.get("errors"));
  }

  @ParameterizedTest(name = "{0}: refused, nothing to show")
  @MethodSource("mutations")
  void aRefusedResultWithoutValueGivesANullReport(Mutation mutation) {
    when(mutation.command().apply(api.commands))
        .thenReturn(
            Result.refused(
                Optional.empty(), List.of(Rejection.of(ErrorCode.FORBIDDEN, "Filers only"))));

    Map<String, Object> payload = payload(mutation);

    assertNull(payload.get("preReport"));
    assertEquals(
        List.of(Map.of("code", "FORBIDDEN", "message", "Filers only")),
        ((List<?>) payload.get("errors")).stream().map(e -> withoutNulls((Map<?, ?>) e)).toList());
  }

  @ParameterizedTest(name = "{0}: an id that is no UUID")
  @MethodSource("mutationsOnACase")
  void anIdThatIsNoUuidIsANotFoundUserErrorWithoutCallingTheCommand(Mutation mutation) {
    Map<String, Object> response =
        api.response(
            filer, "mutation { " + mutation.text().formatted("PR-2026-000001") + PAYLOAD + " }");

    Map<?, ?> payload = (Map<?, ?>) ((Map<?, ?>) response.get("data")).get(mutation.name());
    assertNull(response.get("errors"));
    assertNull(payload.get("preReport"));
    assertEquals(
        List.of(Map.of("code", "NOT_FOUND", "field", "id", "message", "No such pre-report.")),
        payload.get("errors"));
    verifyNoInteractions(api.commands);
  }

  @Test
  void theInputBecomesTheFormAndTheArgumentsReachTheCommand() {
    when(api.commands.updateDraft(any(), any(), anyLong(), any())).thenReturn(Result.ok(report));

    api.response(
        filer,
        "mutation { updatePreReportDraft(id: \""
            + report.id()
            + "\", expectedVersion: 7, input: { contact: { name: \"山田\", email: \"y@example.jp\" },"
            + " technologyNumbers: [1, 2], transactionType: LICENSING,"
            + " counterparty: { nameOriginal: \"某公司\", nameRomanised: \"Mou Co.\","
            + " countryCode: \"CN\", relationship: JOINT_VENTURE }, plannedDate: \"2026-07-01\","
            + " plannedDateKind: INTERNAL_DECISION, technologyDescription: \"recipes\","
            + " managementMeasures: \"NDA\" }) { errors { code } } }");

    ArgumentCaptor<PreReportForm> form = ArgumentCaptor.forClass(PreReportForm.class);
    verify(api.commands).updateDraft(eq(filer), eq(report.id()), eq(7L), form.capture());
    assertEquals(
        new PreReportForm(
            new Contact("山田", null, "y@example.jp", null),
            List.of(1, 2),
            TransactionType.LICENSING,
            new Counterparty("某公司", "Mou Co.", "CN", CounterpartyRelationship.JOINT_VENTURE),
            LocalDate.of(2026, 7, 1),
            PlannedDateKind.INTERNAL_DECISION,
            "recipes",
            "NDA"),
        form.getValue());
  }

  @Test
  void anEmptyInputIsAnEmptyDraftForm() {
    when(api.commands.createDraft(any(), any())).thenReturn(Result.ok(report));

    api.response(filer, "mutation { createPreReportDraft(input: {}) { errors { code } } }");

    verify(api.commands).createDraft(filer, PreReportForm.empty());
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyAnswersTheFirstReportWithoutCallingTheCommandAgain() {
    when(api.commands.createDraft(any(), any())).thenReturn(Result.ok(report));
    when(api.queries.find(filer, report.id())).thenReturn(Optional.of(report));
    String create =
        "mutation { createPreReportDraft(" + INPUT + ", idempotencyKey: \"k-1\") " + PAYLOAD + " }";

    Map<String, Object> first = api.response(filer, create);
    Map<String, Object> retried = api.response(filer, create);

    assertEquals(first, retried);
    assertEquals(
        report.id().toString(),
        ((Map<?, ?>)
                ((Map<?, ?>) ((Map<?, ?>) retried.get("data")).get("createPreReportDraft"))
                    .get("preReport"))
            .get("id"));
    verify(api.commands, times(1)).createDraft(any(), any());
  }

  @Test
  void aMalformedIdempotencyKeyIsAnInvalidValueUserErrorWithoutCallingTheCommand() {
    Map<String, Object> response =
        api.response(
            filer,
            "mutation { createPreReportDraft("
                + INPUT
                + ", idempotencyKey: \"\u30ad\u30fc\") "
                + PAYLOAD
                + " }");

    Map<?, ?> payload = (Map<?, ?>) ((Map<?, ?>) response.get("data")).get("createPreReportDraft");
    assertNull(payload.get("preReport"));
    assertEquals(
        List.of("INVALID_VALUE idempotencyKey"),
        ((List<?>) payload.get("errors"))
            .stream()
                .map(e -> ((Map<?, ?>) e).get("code") + " " + ((Map<?, ?>) e).get("field"))
                .toList());
    verifyNoInteractions(api.commands);
  }

  @Test
  void withdrawPassesTheReasonAndCaseId() {
    when(api.commands.withdraw(any(), any(), any(), anyString())).thenReturn(Result.ok(report));

    api.response(
        filer,
        "mutation { withdrawPreReport(id: \""
            + report.id()
            + "\", reason: \"deal off\") { errors { code } } }");

    verify(api.commands).withdraw(filer, new CaseId(report.id().value()), null, "deal off");
  }

  @Test
  void theVersionTheClientReadIsPassedOnAsTheExpectedVersion() {
    when(api.commands.withdraw(any(), any(), any(), anyString())).thenReturn(Result.ok(report));

    api.response(
        filer,
        "mutation { withdrawPreReport(id: \""
            + report.id()
            + "\", reason: \"deal off\", expectedVersion: 4) { errors { code } } }");

    verify(api.commands).withdraw(filer, new CaseId(report.id().value()), 4L, "deal off");
  }

  private Map<String, Object> payload(Mutation mutation) {
    Map<String, Object> response =
        api.response(
            filer, "mutation { " + mutation.text().formatted(report.id()) + PAYLOAD + " }");
    assertNull(response.get("errors"), String.valueOf(response.get("errors")));
    @SuppressWarnings("unchecked")
    Map<String, Object> payload =
        (Map<String, Object>) ((Map<?, ?>) response.get("data")).get(mutation.name());
    return payload;
  }

  private static Map<Object, Object> withoutNulls(Map<?, ?> map) {
    Map<Object, Object> copy = new HashMap<>();
    map.forEach(
        (k, v) -> {
          if (v != null) {
            copy.put(k, v);
          }
        });
    return copy;
  }
}
