package dev.taiwa.service.graphql;

import java.util.concurrent.Executor;

/**
 * Where a GraphQL request's fetchers and DataLoader batches run: on the request's own thread, one
 * of the blocking pool's ({@link GraphQLEndpoint} runs there), one after the other. Handing every
 * fetcher and every batch to another thread of the same pool cost a hand-over each (a queue, a
 * wake-up, a cold cache); under load all the pool's threads are busy anyway, so the sibling fields
 * it let run side by side did not finish sooner. A request's reads thus stay on one thread, and so
 * in one {@code ReadMemo} without waiting for each other.
 */
final class OnRequestThread implements Executor {
  static final Executor INSTANCE = new OnRequestThread();

  private OnRequestThread() {}

  @Override
  public void execute(Runnable task) {
    task.run();
  }
}
