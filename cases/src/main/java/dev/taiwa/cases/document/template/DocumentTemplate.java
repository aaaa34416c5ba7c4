package dev.taiwa.cases.document.template;

import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.kernel.Rejection;
import java.util.Optional;
import java.util.Set;

/**
 * One kind's template: which data it needs and how it lays the case out. The text it composes is
 * the document's snapshot; the renderer only typesets it. A change of wording or layout bumps
 * {@link DocumentKind#templateVersion()}.
 */
public interface DocumentTemplate {
  DocumentKind kind();

  /** The parts of the case's data it prints, which the use case gathers for it. */
  default Set<MaterialPart> parts() {
    return Set.of();
  }

  /** Why the case's data cannot make this document (yet); empty when it can. */
  default Optional<Rejection> lacking(CaseMaterial material) {
    return Optional.empty();
  }

  DocumentContent compose(CaseMaterial material);
}
