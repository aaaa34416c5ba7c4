package dev.taiwa.service.demo;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.security.PasswordHasher;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start of an empty embedded database, creates the demo organisations and users of
 * {@link DemoDirectory}, so a newcomer can try every role. Never runs on PostgreSQL or in
 * production mode.
 */
@Singleton
@Requires(property = "taiwa.demo-data", value = "true")
@Requires(condition = EmbeddedDatabaseCondition.class)
@Requires(property = "taiwa.mode", notEquals = "production")
final class DemoDataSeeder {
  private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);

  private final Organisations organisations;
  private final UserAccounts users;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final PasswordHasher hasher;
  private final Clock clock;

  DemoDataSeeder(
      Organisations organisations,
      UserAccounts users,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      PasswordHasher hasher,
      Clock clock) {
    this.organisations = organisations;
    this.users = users;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.hasher = hasher;
    this.clock = clock;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    boolean created = unitOfWork.inTransaction(this::seedIfEmpty);
    if (created) {
      LOG.warn(
          "Empty embedded database: created {} DEMO users (password '{}'): {}. Demo only.",
          DemoDirectory.USERS.size(),
          DemoDirectory.PASSWORD,
          DemoDirectory.usernames());
    }
  }

  private boolean seedIfEmpty() {
    if (organisations.count() > 0 || users.count() > 0) {
      return false;
    }
    var now = clock.instant();
    for (DemoDirectory.DemoOrganisation org : DemoDirectory.ORGANISATIONS) {
      organisations.insert(new Organisation(new OrganisationId(org.id()), org.name(), org.kind()));
    }
    String hash = hasher.hash(DemoDirectory.PASSWORD);
    for (DemoDirectory.DemoUser user : DemoDirectory.USERS) {
      users.insert(
          new UserAccount(
              UserId.random(),
              user.username(),
              user.displayName(),
              new OrganisationId(user.organisation().id()),
              EnumSet.of(user.role()),
              hash,
              true,
              now));
    }
    auditLog.append(
        new AuditEntry(
            now,
            null,
            "system",
            null,
            null,
            AuditAction.DEMO_DATA_CREATED,
            AuditOutcome.ACCEPTED,
            "Created "
                + DemoDirectory.ORGANISATIONS.size()
                + " demo organisations and "
                + DemoDirectory.USERS.size()
                + " demo users "
                + DemoDirectory.usernames()));
    return true;
  }
}
