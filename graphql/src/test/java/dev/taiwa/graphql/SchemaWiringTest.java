package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.graphql.support.SchemaFiles;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchemaWiringTest {
  private final ApiHarness api = new ApiHarness();
  private final GraphQLSchema schema = api.graphQL().getGraphQLSchema();

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void everyQueryAndMutationFieldHasAnExplicitlyWiredDataFetcher() {
    for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
      assertFalse(root.getFieldDefinitions().isEmpty(), root.getName());
      for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
        assertTrue(
            schema
                .getCodeRegistry()
                .hasDataFetcher(FieldCoordinates.coordinates(root, field.getName())),
            root.getName() + "." + field.getName() + " has no wired data fetcher");
      }
    }
  }

  @Test
  void theSchemaOffersTheFieldsOfEverySubdomain() {
    assertEquals(
        Set.of(
            "me",
            "colleagues",
            "documentsByNumber",
            "technologies",
            "technologyRevisions",
            "preReport",
            "preReports",
            "checkApplicability",
            "auditTrail",
            "auditEvents",
            "verifyAuditChain",
            "accessGrants",
            "myAccessGrants",
            "breakGlassReviewQueue",
            "users",
            "organisations",
            "specifiedFields",
            "patentApplication",
            "patentApplications",
            "screeningWorkbench",
            "screeningQueue",
            "deadlines",
            "notifications",
            "unreadNotificationCount",
            "priorConfirmation",
            "priorConfirmations",
            "dialogueQueue",
            "specifiedFieldRevisions",
            "screeningListVersions",
            "screenCounterparty",
            "statistics",
            "savedViews"),
        names(schema.getQueryType()));
    assertEquals(
        Set.of(
            "createPreReportDraft",
            "updatePreReportDraft",
            "submitPreReport",
            "startPreReportReview",
            "withdrawPreReport",
            "scheduleMeeting",
            "rescheduleMeeting",
            "cancelMeeting",
            "recordMeetingHeld",
            "raiseConcern",
            "answerConcern",
            "resolveConcern",
            "markConcernUnresolved",
            "assignCaseOfficer",
            "allocateToMe",
            "grantAccess",
            "revokeAccess",
            "openBreakGlass",
            "reviewBreakGlass",
            "createUser",
            "disableUser",
            "enableUser",
            "resetPassword",
            "assignRoles",
            "createOrganisation",
            "registerPatentApplication",
            "decideScreening",
            "requestSecurityReview",
            "startSecurityReview",
            "requestReviewMaterials",
            "answerReviewMaterials",
            "recordConsultation",
            "issuePriorNotice",
            "maintainPatentApplication",
            "withdrawPatentApplication",
            "dismissPatentApplication",
            "designatePatentApplication",
            "decideNotDesignated",
            "extendDesignation",
            "liftDesignation",
            "fileDesignationObligation",
            "decideDesignationObligation",
            "askQuery",
            "answerQuery",
            "withdrawQuery",
            "closeNoConcern",
            "closeWithMeasuresAgreed",
            "markNotReportable",
            "issueInform",
            "applyForLicence",
            "decideLicence",
            "markNotificationRead",
            "markAllNotificationsRead",
            "saveView",
            "deleteView",
            "requestPriorConfirmation",
            "sendPriorConfirmationForConsultation",
            "recordPriorConfirmationConsultation",
            "answerPriorConfirmation",
            "claimCompensation",
            "addCompensationAssessmentNote",
            "decideCompensation",
            "linkPreReport",
            "unlinkPreReport",
            "requestNonSendingNotice",
            "issueNonSendingNotice",
            "generateDocument",
            "verifyDocument",
            "recordSpecifiedFieldRevision",
            "importScreeningList",
            "screenPreReport",
            "disposeScreeningHit"),
        names(schema.getMutationType()));
  }

  @Test
  void everySdlFileInTheGraphqlFolderIsMerged() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/graphql"))) {
      assertEquals(
          Set.copyOf(SchemaFiles.ALL),
          files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
    }
  }

  private static Set<String> names(GraphQLObjectType type) {
    return type.getFieldDefinitions().stream()
        .map(GraphQLFieldDefinition::getName)
        .collect(Collectors.toSet());
  }
}
