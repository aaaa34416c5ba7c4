package dev.taiwa.cases.identity.application;

import dev.taiwa.cases.kernel.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * A person on a case as the caller is shown them: name and office (the organisation's name); the
 * user id only when {@link dev.taiwa.cases.identity.UserIdVisibility} allows it.
 */
public record PersonView(Optional<UserId> id, String name, String office) {
  public PersonView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(office, "office");
  }
}
