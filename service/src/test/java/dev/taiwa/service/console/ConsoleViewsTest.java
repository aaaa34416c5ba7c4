package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.context.BeanContext;
import io.micronaut.core.util.PathMatcher;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.ViewsFilter;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The views filter renders the console's pages and is left out of the API's requests (the console's
 * rendering itself is covered by the console's HTTP and browser tests).
 */
@MicronautTest(transactional = false)
class ConsoleViewsTest extends DatabaseTest {
  @Inject BeanContext beans;

  @Test
  void theOnlyViewsFilterIsTheConsoles() {
    List<ViewsFilter> filters = List.copyOf(beans.getBeansOfType(ViewsFilter.class));

    assertEquals(1, filters.size());
    assertEquals(ConsoleViews.class, filters.get(0).getClass());
  }

  @Test
  void everyPathButTheApisPassesTheViewsFilter() {
    for (String page :
        List.of(
            "/",
            "/cases/0190a8e2-0000-7000-8000-000000000001",
            "/signin",
            "/admin/accounts",
            "/console/assets/console.css",
            "/graphiql",
            "/graphqlish",
            "/loginpage",
            "/no/such/page")) {
      assertTrue(matches(page), page);
    }
    for (String api :
        List.of(
            "/graphql", "/graphql/", "/login", "/oauth/access_token", "/health", "/prometheus")) {
      assertFalse(matches(api), api);
    }
  }

  /** Whether the router, which matches filter paths so, runs the filter for {@code path}. */
  private static boolean matches(String path) {
    return PathMatcher.REGEX.matches(ConsoleViews.NOT_THE_API, path);
  }
}
