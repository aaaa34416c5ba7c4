package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.StorableText;
import java.util.ArrayList;
import java.util.List;

/** A business that will share the invention (発明共有事業者): name, address and role. */
public record SharingBusiness(String name, String address, String role) {

  /** What is missing or malformed, by field name within the business. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (name == null
        || name.isBlank()
        || name.length() > 200
        || StorableText.nameProblem("name", name).isPresent()) {
      problems.add("name");
    }
    if (address == null
        || address.isBlank()
        || address.length() > 500
        || StorableText.problem("address", address).isPresent()) {
      problems.add("address");
    }
    if (role == null
        || role.isBlank()
        || role.length() > 200
        || StorableText.nameProblem("role", role).isPresent()) {
      problems.add("role");
    }
    return problems;
  }
}
