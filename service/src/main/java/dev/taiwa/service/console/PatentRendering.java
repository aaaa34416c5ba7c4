package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.CaseId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * A patent application's page as the caller may see it: on a plain visit and again after a refused
 * form (then with what was typed). An application the caller may not see is 404 like a missing one.
 */
@Singleton
final class PatentRendering {
  private final PatentPages pages;
  private final SignedInReader signedIn;

  PatentRendering(PatentPages pages, SignedInReader signedIn) {
    this.pages = pages;
    this.signedIn = signedIn;
  }

  HttpResponse<?> page(ConsoleRequest caller, CaseId id, Typed typed, HttpStatus status) {
    SignedIn header = signedIn.of(caller);
    Optional<PatentPage> page = pages.of(caller.actor(), id, header, typed);
    if (page.isEmpty()) {
      return ConsoleAnswers.notFound(header);
    }
    return HttpResponse.status(status)
        .body(new ModelAndView<>("console/patent", Map.of("page", page.get())));
  }

  HttpResponse<?> notFound(ConsoleRequest caller) {
    return ConsoleAnswers.notFound(signedIn.of(caller));
  }
}
