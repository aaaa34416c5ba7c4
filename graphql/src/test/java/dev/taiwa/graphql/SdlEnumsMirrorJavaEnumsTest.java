package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.catalogue.TechnologyStatus;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.prereport.model.ApplicabilityVerdict;
import dev.taiwa.cases.prereport.model.CounterpartyRelationship;
import dev.taiwa.cases.prereport.model.Exemption;
import dev.taiwa.cases.prereport.model.LeadTime;
import dev.taiwa.cases.prereport.model.PlannedDateKind;
import dev.taiwa.cases.prereport.model.PreReportAction;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.model.TransactionType;
import dev.taiwa.graphql.support.SchemaFiles;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SdlEnumsMirrorJavaEnumsTest {
  private static final TypeDefinitionRegistry SDL = SchemaFiles.load();

  private static final Map<String, Class<? extends Enum<?>>> MIRRORS =
      Map.ofEntries(
          Map.entry("ErrorCode", ErrorCode.class),
          Map.entry("PreReportState", PreReportState.class),
          Map.entry("PatentApplicationState", dev.taiwa.cases.patent.model.PatentState.class),
          Map.entry("PatentAction", dev.taiwa.cases.patent.model.PatentAction.class),
          Map.entry("FilingRoute", dev.taiwa.cases.patent.model.FilingRoute.class),
          Map.entry("ScreeningOutcome", dev.taiwa.cases.patent.application.ScreeningOutcome.class),
          Map.entry("ScreeningListSource", dev.taiwa.cases.screening.model.ListSource.class),
          Map.entry("ScreeningTrigger", dev.taiwa.cases.screening.model.ScreeningTrigger.class),
          Map.entry("ScreeningVerdict", dev.taiwa.cases.screening.model.Verdict.class),
          Map.entry("ListRescreenState", dev.taiwa.cases.screening.model.RescreenRun.State.class),
          Map.entry("DocumentKind", dev.taiwa.cases.document.model.DocumentKind.class),
          Map.entry("PreReportAction", PreReportAction.class),
          Map.entry("TransactionType", TransactionType.class),
          Map.entry("CounterpartyRelationship", CounterpartyRelationship.class),
          Map.entry("PlannedDateKind", PlannedDateKind.class),
          Map.entry("Exemption", Exemption.class),
          Map.entry("ApplicabilityVerdict", ApplicabilityVerdict.class),
          Map.entry("LeadTimeStatus", LeadTime.LeadTimeStatus.class),
          Map.entry("TechnologyStatus", TechnologyStatus.class),
          Map.entry("Role", Role.class),
          Map.entry("OrganisationKind", OrganisationKind.class),
          Map.entry("AuditOutcome", AuditOutcome.class),
          Map.entry("Visibility", dev.taiwa.cases.dialogue.model.Visibility.class),
          Map.entry("MeetingState", dev.taiwa.cases.dialogue.model.MeetingState.class),
          Map.entry("Side", dev.taiwa.cases.dialogue.model.Side.class),
          Map.entry("DialogueQueueKind", dev.taiwa.cases.dialogue.model.DialogueQueue.class),
          Map.entry("ConcernState", dev.taiwa.cases.dialogue.model.ConcernState.class),
          Map.entry("ConcernCategory", dev.taiwa.cases.dialogue.model.ConcernCategory.class),
          Map.entry("Severity", dev.taiwa.cases.dialogue.model.Severity.class),
          Map.entry("ReviewRecordKind", dev.taiwa.cases.patent.model.ReviewRecordKind.class),
          Map.entry("QueryState", dev.taiwa.cases.dialogue.model.QueryState.class),
          Map.entry("OutcomeType", dev.taiwa.cases.prereport.model.OutcomeType.class),
          Map.entry("LicenceDecision", dev.taiwa.cases.outcome.model.LicenceDecision.class),
          Map.entry("InformRoute", dev.taiwa.cases.inform.model.InformRoute.class),
          Map.entry("DeadlineStatus", dev.taiwa.cases.deadline.tracking.TrackedStatus.class),
          Map.entry("Obligor", dev.taiwa.cases.deadline.tracking.Obligor.class),
          Map.entry("CaseKind", dev.taiwa.cases.kernel.CaseKind.class),
          Map.entry("NotificationKind", dev.taiwa.cases.notification.NotificationKind.class),
          Map.entry(
              "PriorConfirmationState",
              dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState.class),
          Map.entry(
              "PriorConfirmationAction",
              dev.taiwa.cases.patent.confirmation.model.PriorConfirmationAction.class),
          Map.entry("BanAnswer", dev.taiwa.cases.patent.confirmation.model.BanAnswer.class),
          Map.entry(
              "CompensationState",
              dev.taiwa.cases.patent.compensation.model.CompensationState.class),
          Map.entry(
              "CompensationAction",
              dev.taiwa.cases.patent.compensation.model.CompensationAction.class),
          Map.entry("LossCause", dev.taiwa.cases.patent.compensation.model.LossCause.class),
          Map.entry("PreReportSort", dev.taiwa.cases.prereport.port.PreReportSort.class),
          Map.entry("SortDirection", dev.taiwa.cases.prereport.port.SortDirection.class));

  static Stream<Arguments> mirrors() {
    return MIRRORS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "SDL enum {0} has exactly the values of {1}, in order")
  @MethodSource("mirrors")
  void anSdlEnumHasExactlyTheValuesOfItsJavaEnum(String sdlName, Class<? extends Enum<?>> java) {
    EnumTypeDefinition sdl =
        SDL.getType(sdlName, EnumTypeDefinition.class)
            .orElseThrow(() -> new AssertionError(sdlName));
    assertEquals(
        Arrays.stream(java.getEnumConstants()).map(Enum::name).toList(),
        sdl.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList());
  }

  @Test
  void everySdlEnumIsCheckedAgainstAJavaEnum() {
    List<String> sdlEnums =
        SDL.getTypes(EnumTypeDefinition.class).stream().map(EnumTypeDefinition::getName).toList();
    assertEquals(
        MIRRORS.keySet().stream().sorted().toList(),
        sdlEnums.stream().sorted().collect(Collectors.toList()));
  }
}
