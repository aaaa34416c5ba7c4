package dev.taiwa.cases.matrix;

import static dev.taiwa.cases.prereport.model.PreReportState.DRAFT;
import static dev.taiwa.cases.prereport.model.PreReportState.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessMatrixTest {
  private final AccessMatrix matrix = AccessMatrix.standard();

  @ParameterizedTest
  @EnumSource(Operation.class)
  void everyOperationHasACellForEveryRole(Operation operation) {
    for (Role role : Role.values()) {
      assertTrue(matrix.permission(operation, role) != null, operation + " x " + role);
    }
  }

  @Test
  void aFilerFilesOnlyItsOwnOrganisationsDrafts() {
    assertEquals(
        new Permission(Reach.OWN_ORGANISATION, Set.of(DRAFT)),
        matrix.permission(Operation.SUBMIT_PRE_REPORT, Role.FILER));
    assertEquals(
        Permission.of(Reach.OWN_ORGANISATION),
        matrix.permission(Operation.CREATE_PRE_REPORT_DRAFT, Role.FILER));
  }

  @Test
  void anOfficerStartsTheReviewOfAnyOrganisationsSubmittedReport() {
    assertEquals(
        new Permission(Reach.EVERY_FILED_CASE, Set.of(SUBMITTED)),
        matrix.permission(Operation.START_PRE_REPORT_REVIEW, Role.DIALOGUE_OFFICER));
  }

  @Test
  void aFilerMayWithdrawInEveryOpenStateButNoClosedOne() {
    Set<PreReportState> open = EnumSet.noneOf(PreReportState.class);
    for (PreReportState state : PreReportState.values()) {
      if (state.isOpen()) {
        open.add(state);
      }
    }
    assertEquals(open, matrix.permission(Operation.WITHDRAW_PRE_REPORT, Role.FILER).states());
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"PATENT_EXAMINER", "SECURITY_REVIEWER", "AUDITOR", "ADMIN"})
  void rolesOutsideTrackAGetNoPreReportOperation(Role role) {
    for (Operation operation :
        EnumSet.of(
            Operation.PRE_REPORT,
            Operation.PRE_REPORTS,
            Operation.CREATE_PRE_REPORT_DRAFT,
            Operation.UPDATE_PRE_REPORT_DRAFT,
            Operation.SUBMIT_PRE_REPORT,
            Operation.START_PRE_REPORT_REVIEW,
            Operation.WITHDRAW_PRE_REPORT)) {
      assertFalse(matrix.permission(operation, role).allowsAnything(), operation + " x " + role);
    }
  }

  @Test
  void onlyAuditorsAndOfficialsReadAuditTrails() {
    Set<Role> readers = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (matrix.permission(Operation.AUDIT_TRAIL, role).allowsAnything()) {
        readers.add(role);
      }
    }
    assertEquals(EnumSet.of(Role.AUDITOR, Role.DIALOGUE_OFFICER), readers);
  }

  @Test
  void aCallerReachesAsFarAsItsWidestRole() {
    Actor filerAndOfficer =
        new Actor(
            UserId.random(),
            "both",
            OrganisationId.random(),
            Set.of(Role.FILER, Role.DIALOGUE_OFFICER));

    assertEquals(Reach.EVERY_FILED_CASE, matrix.reach(Operation.PRE_REPORTS, filerAndOfficer));
    assertTrue(matrix.allows(Operation.CREATE_PRE_REPORT_DRAFT, filerAndOfficer));
  }
}
