package dev.taiwa.cases.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddresseeTest {
  private final OrganisationId company = OrganisationId.random();
  private final Addressee filer = new Addressee(UserId.random(), company, Set.of(Role.FILER));

  @Test
  void aFilerReceivesWhatIsAddressedToItsOrganisationsFilersOnly() {
    assertTrue(filer.receives(new Recipient.RoleInOrganisation(company, Role.FILER)));
    assertFalse(
        filer.receives(new Recipient.RoleInOrganisation(OrganisationId.random(), Role.FILER)));
    assertFalse(filer.receives(new Recipient.RoleInOrganisation(company, Role.ADMIN)));
  }

  @Test
  void aReaderReceivesWhatIsAddressedToItOrToARoleItHolds() {
    assertTrue(filer.receives(new Recipient.User(filer.user())));
    assertFalse(filer.receives(new Recipient.User(UserId.random())));
    assertTrue(filer.receives(new Recipient.EveryoneWithRole(Role.FILER)));
    assertFalse(filer.receives(new Recipient.EveryoneWithRole(Role.DIALOGUE_OFFICER)));
  }
}
