package dev.taiwa.service.testsupport;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * Base class of {@code @MicronautTest} classes that need the database: each class gets its own
 * fresh database (SQLite or PostgreSQL, see {@link TestDatabase}) and one application context for
 * all its tests. Annotate subclasses with {@code @MicronautTest(transactional = false)}: a test
 * transaction would hold SQLite's write lock against the code under test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseTest implements TestPropertyProvider {
  @Override
  public Map<String, String> getProperties() {
    return TestDatabase.freshProperties();
  }
}
