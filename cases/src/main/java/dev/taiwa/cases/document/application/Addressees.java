package dev.taiwa.cases.document.application;

import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.kernel.OrganisationId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The addressee block of a notice: the organisation's address above its name and its representative
 * below, where 殿 follows, when the organisation record holds them. A notice to several applicants
 * keeps their names only.
 */
final class Addressees {
  private final Organisations organisations;

  Addressees(Organisations organisations) {
    this.organisations = organisations;
  }

  DocumentContent withBlock(DocumentCase found, DocumentContent content) {
    Optional<Organisation> single = addressee(found);
    if (single.isEmpty() || !single.get().name().equals(content.addressee())) {
      return content;
    }
    Organisation organisation = single.get();
    String block =
        java.util.stream.Stream.of(
                organisation.address(), organisation.name(), organisation.representative())
            .filter(line -> line != null)
            .collect(Collectors.joining("\n"));
    return content.addressedTo(block);
  }

  private Optional<Organisation> addressee(DocumentCase found) {
    List<OrganisationId> ids =
        found.preReport() != null
            ? List.of(found.preReport().organisationId())
            : found.patent() != null
                ? found.patent().applicants()
                : List.of(found.confirmation().organisation());
    return ids.size() == 1 ? organisations.findAll(ids).stream().findFirst() : Optional.empty();
  }
}
