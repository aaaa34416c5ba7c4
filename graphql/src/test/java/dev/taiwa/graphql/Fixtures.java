package dev.taiwa.graphql;

import dev.taiwa.cases.catalogue.Technology;
import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyStatus;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.model.Contact;
import dev.taiwa.cases.prereport.model.Counterparty;
import dev.taiwa.cases.prereport.model.CounterpartyRelationship;
import dev.taiwa.cases.prereport.model.PlannedDateKind;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.model.ReferenceNumber;
import dev.taiwa.cases.prereport.model.TransactionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Small builders with sensible defaults for the API tests. */
final class Fixtures {
  static final LocalDate FIRST_LIST = LocalDate.of(2024, 12, 30);
  static final LocalDate SECOND_LIST = LocalDate.of(2026, 1, 1);

  private Fixtures() {}

  static Actor aFiler(OrganisationId organisation) {
    return new Actor(UserId.random(), "filer", organisation, Set.of(Role.FILER));
  }

  static Organisation anOrganisation(String name) {
    return new Organisation(OrganisationId.random(), name, OrganisationKind.COMPANY);
  }

  /** Two revisions: MLCC and SAW filters from 2024-12-30; magnetic sensors added 2026-01-01. */
  static List<TechnologyRevision> revisions() {
    Technology mlcc =
        new Technology(
            1,
            "積層セラミックコンデンサ（MLCC）",
            "Multilayer ceramic capacitors",
            TechnologyStatus.EFFECTIVE,
            FIRST_LIST);
    Technology saw =
        new Technology(
            2, "SAW及びBAWフィルタ", "SAW and BAW filters", TechnologyStatus.EFFECTIVE, FIRST_LIST);
    Technology sensors =
        new Technology(11, "磁気センサー", "Magnetic sensors", TechnologyStatus.EFFECTIVE, SECOND_LIST);
    Technology solder =
        new Technology(20, "ソルダーレジスト", "Solder resist", TechnologyStatus.PROPOSED, null);
    return List.of(
        new TechnologyRevision(
            "r1", "METI Notice No. 178 of 2024", FIRST_LIST, null, List.of(mlcc, saw)),
        new TechnologyRevision(
            "r2",
            "METI Notice (2025 revision)",
            SECOND_LIST,
            "date unconfirmed",
            List.of(mlcc, saw, sensors, solder)));
  }

  static PreReport aDraft(OrganisationId organisation, Instant createdAt, Integer... numbers) {
    return new PreReport(
        CaseId.random(),
        ReferenceNumber.of("PR", 2026, Math.abs(createdAt.getNano() % 999_999) + 1),
        organisation,
        UserId.random(),
        PreReportState.DRAFT,
        aForm(List.of(numbers)),
        createdAt,
        createdAt,
        null,
        null,
        1);
  }

  static PreReportForm aForm(List<Integer> numbers) {
    return new PreReportForm(
        new Contact("山田太郎", "輸出管理部", "yamada@example.co.jp", null),
        numbers,
        TransactionType.CONTRACT_MANUFACTURING,
        new Counterparty("深圳某公司", "Shenzhen Example Co.", "CN", CounterpartyRelationship.UNRELATED),
        LocalDate.of(2026, 6, 1),
        PlannedDateKind.CONTRACT,
        "Process know-how for MLCC sintering",
        "Access control for drawings");
  }
}
