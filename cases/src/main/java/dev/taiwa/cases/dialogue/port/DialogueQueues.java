package dev.taiwa.cases.dialogue.port;

import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.model.PreReport;

/** Port: the pre-reports of one dialogue queue, selected and paged in the store's query. */
public interface DialogueQueues {
  /** Newest first by (createdAt, id), like the pre-report list. */
  Page<PreReport> list(DialogueQueueSelection selection, PageRequest page);
}
