package dev.taiwa.cases.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.taiwa.cases.identity.InMemoryOrganisations;
import dev.taiwa.cases.identity.InMemoryUserAccounts;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeopleTest {
  private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
  private final InMemoryOrganisations organisations = new InMemoryOrganisations();
  private final People people = new People(accounts, organisations);
  private final Organisation meti = organisation("経済産業省", OrganisationKind.GOVERNMENT);
  private final Organisation jpo = organisation("特許庁", OrganisationKind.GOVERNMENT);
  private final Organisation company = organisation("さくら電子株式会社", OrganisationKind.COMPANY);
  private final UserAccount officer = account("佐藤 担当官", meti, true, Role.DIALOGUE_OFFICER);
  private final UserAccount other = account("鈴木 担当官", meti, true, Role.DIALOGUE_OFFICER);
  private final UserAccount gone = account("退職 担当官", meti, false, Role.DIALOGUE_OFFICER);
  private final UserAccount examiner = account("田中 審査官", jpo, true, Role.PATENT_EXAMINER);
  private final UserAccount filer = account("山田 太郎", company, true, Role.FILER);

  private Organisation organisation(String name, OrganisationKind kind) {
    Organisation organisation = new Organisation(OrganisationId.random(), name, kind);
    organisations.insert(organisation);
    return organisation;
  }

  private UserAccount account(String name, Organisation at, boolean enabled, Role role) {
    UserAccount account =
        new UserAccount(
            UserId.random(),
            name.replace(" ", "").toLowerCase(),
            name,
            at.id(),
            Set.of(role),
            "hash",
            enabled,
            Instant.parse("2026-11-22T01:00:00Z"));
    accounts.insert(account);
    return account;
  }

  private static Actor actorOf(UserAccount account) {
    return new Actor(account.id(), account.username(), account.organisationId(), account.roles());
  }

  @Test
  void aCompanyIsShownOfficialsByNameAndOfficeWithoutTheirIds() {
    PersonView shown = people.named(actorOf(filer), List.of(officer.id())).get(officer.id());

    assertEquals(new PersonView(Optional.empty(), "佐藤 担当官", "経済産業省"), shown);
    assertEquals(
        Optional.of(officer.id()),
        people.named(actorOf(examiner), List.of(officer.id())).get(officer.id()).id());
  }

  @Test
  void anOfficialsColleaguesShareItsRoleAndItsKindOfOfficeAndAreEnabled() {
    List<Colleague> colleagues = people.colleagues(actorOf(officer), null).value().orElseThrow();

    assertEquals(List.of("佐藤 担当官", "鈴木 担当官"), colleagues.stream().map(Colleague::name).toList());
    assertEquals(List.of(Role.DIALOGUE_OFFICER), colleagues.get(0).roles());
    assertFalse(colleagues.stream().anyMatch(c -> c.id().equals(gone.id())));
  }

  @Test
  void aCompanysUserLooksUpNoColleagues() {
    assertEquals(
        ErrorCode.FORBIDDEN, people.colleagues(actorOf(filer), null).errors().get(0).code());
  }
}
