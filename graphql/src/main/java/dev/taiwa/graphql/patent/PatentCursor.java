package dev.taiwa.graphql.patent;

import dev.taiwa.cases.kernel.PageRequest.Position;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.graphql.prereport.PreReportCursor;

/**
 * The opaque cursor of an application list: the same keyset encoding as the pre-report list, over
 * (registeredAt, id).
 */
final class PatentCursor {
  private PatentCursor() {}

  static String of(PatentApplication application) {
    return PreReportCursor.encode(
        new Position(application.registeredAt(), application.id().value()));
  }

  static Position decode(String cursor) {
    return PreReportCursor.decode(cursor);
  }
}
