package dev.taiwa.service.persistence.crypto;

import dev.taiwa.service.crypto.ContentKeyRotation;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On start of the service, encrypts any invention content still stored plain (a database written
 * before encryption at rest): after the first start of this version no title, abstract or claims is
 * written plain again. The command-line tools do not (they start for one task); {@code taiwa
 * content-key rotate} does the same on demand.
 */
@Singleton
@Requires(notEnv = "cli")
final class ContentEncryptionOnStart {
  private static final Logger LOG = LoggerFactory.getLogger(ContentEncryptionOnStart.class);

  private final ContentKeyRotation rotation;

  ContentEncryptionOnStart(ContentKeyRotation rotation) {
    this.rotation = rotation;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    ContentKeyRotation.Report report = rotation.rotate(true);
    if (report.rewritten() > 0) {
      LOG.warn(
          "Encrypted {} content values stored plain, under key {}. Copies taken before (backups,"
              + " the SQLite file's free pages until VACUUM) still hold them plain.",
          report.rewritten(),
          report.currentKeyId());
    }
  }
}
