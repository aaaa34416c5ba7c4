package dev.taiwa.service.persistence.crypto;

import dev.taiwa.service.crypto.ContentKeyRotation;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On start of the service, encrypts any invention content still stored plain (a database written
 * before encryption at rest): after the first start of this version no title, abstract or claims is
 * written plain again. The command-line tools do not (they start for one task); {@code taiwa
 * content-key rotate} does the same on demand.
 *
 * <p>The sweep reads every row of each table that holds content (one pass per table when nothing is
 * plain, about 2 s at 800,000 patent applications on a quiet machine), so it runs on the scheduler
 * right after the start instead of delaying it: the service serves while it runs. That changes
 * nothing a reader sees (a plain value reads as before until it is rewritten), and a value the
 * service writes meanwhile is encrypted anyway and never overwritten by the sweep ({@link
 * JdbcContentKeyRotation}). Its end is logged; a start stopped before the sweep ended leaves it to
 * the next start (or {@code taiwa content-key rotate}).
 */
@Singleton
@Requires(notEnv = "cli")
final class ContentEncryptionOnStart {
  private static final Logger LOG = LoggerFactory.getLogger(ContentEncryptionOnStart.class);

  private final ContentKeyRotation rotation;
  private final ExecutorService scheduler;
  private final BeanContext context;

  ContentEncryptionOnStart(
      ContentKeyRotation rotation,
      @Named(TaskExecutors.SCHEDULED) ExecutorService scheduler,
      BeanContext context) {
    this.rotation = rotation;
    this.scheduler = scheduler;
    this.context = context;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    scheduler.execute(this::encryptPlainContent);
  }

  void encryptPlainContent() {
    long started = System.nanoTime();
    ContentKeyRotation.Report report;
    try {
      report = rotation.rotate(true);
    } catch (RuntimeException e) {
      if (!context.isRunning()) {
        LOG.info("Check for content stored plain left off: the service stopped first.");
        return;
      }
      LOG.error(
          "Content stored plain not encrypted on start ({}); run `taiwa content-key rotate`.",
          e.toString());
      return;
    }
    if (report.rewritten() > 0) {
      LOG.warn(
          "Encrypted {} content values stored plain, under key {}. Copies taken before (backups,"
              + " the SQLite file's free pages until VACUUM) still hold them plain.",
          report.rewritten(),
          report.currentKeyId());
    } else {
      LOG.info(
          "No content stored plain (checked in {} ms after the start).",
          (System.nanoTime() - started) / 1_000_000);
    }
  }
}
