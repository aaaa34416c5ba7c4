package dev.taiwa.service.console;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.views.ViewsFilter;
import io.micronaut.views.ViewsModelDecorator;
import io.micronaut.views.ViewsRendererLocator;
import io.micronaut.views.ViewsResolver;
import io.micronaut.views.turbo.TurboFrameRenderer;

/**
 * micronaut-views' filter, which renders the console's {@code ModelAndView} answers with their
 * templates, on every path but the API's ({@value #NOT_THE_API}). The library's own filter runs on
 * every path ({@code /**}); it is a filter of the older, reactive kind, so each API request paid
 * for a reactive chain around its route although no API answer is a view (about 6 % of a page
 * request's CPU went to reactive plumbing). Pages, static files and error pages still pass it.
 */
@Replaces(ViewsFilter.class)
@Requires(beans = ViewsRendererLocator.class)
@Filter(patterns = ConsoleViews.NOT_THE_API, patternStyle = FilterPatternStyle.REGEX)
final class ConsoleViews extends ViewsFilter {
  /** Any path but the API's: GraphQL, token login and refresh, health and metrics. */
  static final String NOT_THE_API =
      "^(?!/(graphql|login|oauth/access_token|health|prometheus)(/|$)).*$";

  ConsoleViews(
      ViewsResolver viewsResolver,
      ViewsRendererLocator viewsRendererLocator,
      ViewsModelDecorator viewsModelDecorator,
      TurboFrameRenderer turboFrameRenderer) {
    super(viewsResolver, viewsRendererLocator, viewsModelDecorator, turboFrameRenderer);
  }
}
