package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.model.PreReport;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case page with its work area, as the caller may see it: shown on a plain visit and again after
 * a refused form (then with what was typed). A case the caller may not see is 404 like a missing
 * one.
 */
@Singleton
final class CaseRendering {
  private final CasePages pages;
  private final CaseWorks works;
  private final PreReportQueries preReports;
  private final SignedInReader signedIn;

  CaseRendering(
      CasePages pages, CaseWorks works, PreReportQueries preReports, SignedInReader signedIn) {
    this.pages = pages;
    this.works = works;
    this.preReports = preReports;
    this.signedIn = signedIn;
  }

  HttpResponse<?> casePage(ConsoleRequest caller, CaseId id, Typed typed, HttpStatus status) {
    Actor actor = caller.actor();
    SignedIn header = signedIn.of(caller);
    Optional<PreReport> report = preReports.find(actor, id);
    Optional<CasePage> page = report.flatMap(found -> pages.of(actor, found.id(), header));
    if (page.isEmpty()) {
      return ConsoleAnswers.notFound(header);
    }
    CaseWork work = works.of(actor, report.get(), header.csrfToken(), typed, header.t());
    return HttpResponse.status(status)
        .body(new ModelAndView<>("console/case", Map.of("page", page.get(), "work", work)));
  }

  HttpResponse<?> notFound(ConsoleRequest caller) {
    return ConsoleAnswers.notFound(signedIn.of(caller));
  }

  List<String> changesSince(Actor actor, CaseId id, long seenMillis, Texts t) {
    return works.changesSince(actor, id, seenMillis, t);
  }

  static Optional<CaseId> caseId(String text) {
    return Optional.ofNullable(ConsoleForms.uuid(text)).map(CaseId::new);
  }
}
