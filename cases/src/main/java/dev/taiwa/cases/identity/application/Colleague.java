package dev.taiwa.cases.identity.application;

import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.util.List;

/** An official another official may assign work to: id, name, office and the roles they share. */
public record Colleague(UserId id, String name, String office, List<Role> roles) {
  public Colleague {
    roles = List.copyOf(roles);
  }
}
