package dev.taiwa.cases.screening.port;

import dev.taiwa.cases.screening.model.OpenCase;
import java.util.List;

/** The open filed pre-reports (submitted, not in an outcome state), read in batches by id. */
public interface OpenCases {

  /** How many there are now. */
  int count();

  /** Up to {@code limit} of them with an id after {@code afterCase} (all when null), by id. */
  List<OpenCase> after(String afterCase, int limit);
}
