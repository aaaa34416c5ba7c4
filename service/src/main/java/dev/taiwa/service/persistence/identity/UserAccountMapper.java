package dev.taiwa.service.persistence.identity;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Maps {@link UserAccount} to and from {@link UserAccountRow}. */
final class UserAccountMapper {
  private UserAccountMapper() {}

  static UserAccountRow toRow(UserAccount account) {
    return new UserAccountRow(
        account.id().toString(),
        account.username(),
        account.displayName(),
        account.organisationId().toString(),
        rolesToText(account.roles()),
        account.passwordHash(),
        account.enabled(),
        account.createdAt().toEpochMilli(),
        account.sessionEpoch(),
        account.version());
  }

  static UserAccount toDomain(UserAccountRow row) {
    return new UserAccount(
        UserId.parse(row.id()),
        row.username(),
        row.displayName(),
        OrganisationId.parse(row.organisationId()),
        rolesFromText(row.roles()),
        row.passwordHash(),
        row.enabled(),
        Instant.ofEpochMilli(row.createdAt()),
        row.sessionEpoch(),
        row.version());
  }

  static String rolesToText(Set<Role> roles) {
    return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
  }

  static Set<Role> rolesFromText(String text) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(text.split(","))
        .filter(name -> !name.isBlank())
        .map(Role::valueOf)
        .forEach(roles::add);
    return roles;
  }
}
