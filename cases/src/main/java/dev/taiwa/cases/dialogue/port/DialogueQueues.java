package dev.taiwa.cases.dialogue.port;

import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReportOrder;

/** Port: the pre-reports of one dialogue queue, selected and paged in the store's query. */
public interface DialogueQueues {
  /** Newest first by (createdAt, id), like the pre-report list. */
  default Page<PreReport> list(DialogueQueueSelection selection, PageRequest page) {
    return list(selection, PreReportOrder.NEWEST, page);
  }

  /** In {@code order}, paged like the pre-report list in that order. */
  Page<PreReport> list(DialogueQueueSelection selection, PreReportOrder order, PageRequest page);
}
