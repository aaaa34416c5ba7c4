package dev.taiwa.cases.document.application;

import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.DocumentPolicy;
import dev.taiwa.cases.document.model.IssuedDocument;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.access.PatentAccessPolicy;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.confirmation.access.PriorConfirmationAccessPolicy;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationQueries;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationView;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.cases.secrecy.Secrecy;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the case of a document as the caller may see it, under the case's own access rules: a
 * pre-report by {@link PreReportAccessPolicy}, a patent application through {@link PatentQueries}
 * and a prior-confirmation request through {@link PriorConfirmationQueries} (need-to-know for
 * secret content, reads of it audited there). Hidden and missing cases answer the same: empty.
 */
final class DocumentCases {
  private final PreReports preReports;
  private final PatentQueries patents;
  private final PriorConfirmationQueries confirmations;
  private final PreReportAccessPolicy preReportAccess = new PreReportAccessPolicy();
  private final PatentAccessPolicy patentAccess = new PatentAccessPolicy();
  private final PriorConfirmationAccessPolicy confirmationAccess =
      new PriorConfirmationAccessPolicy();
  private final DocumentPolicy policy = new DocumentPolicy();
  private final Secrecy secrecy = new Secrecy();

  DocumentCases(
      PreReports preReports, PatentQueries patents, PriorConfirmationQueries confirmations) {
    this.preReports = preReports;
    this.patents = patents;
    this.confirmations = confirmations;
  }

  /**
   * The case, or empty when missing or hidden. {@code readsSecret}: the caller is about to read
   * secret content, so a secret read is audited (SECRET_CONTENT_READ) by the case's queries.
   */
  Optional<DocumentCase> find(Actor actor, CaseId id, boolean readsSecret) {
    var report = preReports.find(id).filter(r -> preReportAccess.canSee(actor, r));
    if (report.isPresent()) {
      return report.map(r -> preReportCase(actor, r));
    }
    Optional<DocumentCase> patent =
        patents.find(actor, id, readsSecret).map(v -> patentCase(actor, v));
    if (patent.isPresent()) {
      return patent;
    }
    return confirmations
        .find(actor, id, readsSecret)
        .map(v -> priorConfirmation(actor, v.request()));
  }

  private DocumentCase preReportCase(Actor actor, PreReport report) {
    return new DocumentCase(
        DocumentKind.Track.PRE_REPORT,
        report.state(),
        preReportAccess.rolesOn(actor, report),
        report,
        null,
        null,
        true);
  }

  /** {@link #find} for many cases, in one read per kind of case: those the caller sees, by id. */
  Map<CaseId, DocumentCase> findAll(Actor actor, Collection<CaseId> ids, boolean readsSecret) {
    Map<CaseId, DocumentCase> found = new LinkedHashMap<>();
    for (PreReport r : preReports.findAll(ids)) {
      if (preReportAccess.canSee(actor, r)) {
        found.put(r.id(), preReportCase(actor, r));
      }
    }
    List<CaseId> rest = ids.stream().filter(id -> !found.containsKey(id)).toList();
    for (PatentApplicationView view : patents.findAll(actor, rest, readsSecret)) {
      found.put(view.application().id(), patentCase(actor, view));
    }
    List<CaseId> left = rest.stream().filter(id -> !found.containsKey(id)).toList();
    for (PriorConfirmationView view : confirmations.findAll(actor, left, readsSecret)) {
      found.put(view.request().id(), priorConfirmation(actor, view.request()));
    }
    return found;
  }

  /**
   * True when the caller, who sees {@code found}, may read {@code document}: never a document of a
   * case withheld from it (nothing recorded about such a case is shown).
   */
  boolean mayRead(DocumentCase found, IssuedDocument document) {
    if (!secrecy.showsRecordsOf(found.disclosure())) {
      return false;
    }
    if (!policy.mayRead(document.kind(), found.rolesOnCase())) {
      return false;
    }
    return !document.secret() || found.needToKnow();
  }

  /**
   * In a secret state the view has already weighed need-to-know (its content is withheld or not);
   * in another state it is asked, for the documents printed while the application was secret.
   */
  private DocumentCase patentCase(Actor actor, PatentApplicationView view) {
    PatentApplication application = view.application();
    return new DocumentCase(
        DocumentKind.Track.PATENT,
        application.state(),
        patentAccess.rolesOn(actor, application),
        null,
        application,
        null,
        application.contentSecret()
            ? !view.secretWithheld()
            : patents.hasNeedToKnow(actor, application));
  }

  /** Everyone who sees a request is a need-to-know reader of it. */
  private DocumentCase priorConfirmation(Actor actor, PriorConfirmation request) {
    boolean answeredBySomeoneElse =
        request.decision() != null && !request.decision().decidedBy().equals(actor.userId());
    return new DocumentCase(
        DocumentKind.Track.PRIOR_CONFIRMATION,
        request.state(),
        policy.rolesOnPriorConfirmation(
            confirmationAccess.rolesOn(actor, request), answeredBySomeoneElse),
        null,
        null,
        request,
        true);
  }
}
