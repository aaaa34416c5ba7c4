package dev.taiwa.tools;

import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.audit.ChainVerification;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code taiwa verify-audit}: recomputes the audit chain in batches and prints {@code OK: N events
 * verified} (exit 0) or {@code BROKEN at event <sequence> (<id>): <problem>} (exit 1). The run is
 * itself audited, as a system event.
 */
@Command(
    name = "verify-audit",
    description = "Verifies the audit log's hash chain and names the first broken event.",
    mixinStandardHelpOptions = true)
final class VerifyAuditCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Inject AuditTrail auditTrail;

  @Override
  public Integer call() {
    ChainVerification result = auditTrail.verify();
    if (result.intact()) {
      spec.commandLine().getOut().println("OK: " + result.eventsChecked() + " events verified");
      return 0;
    }
    ChainVerification.BrokenLink broken = result.firstBroken().orElseThrow();
    String id = broken.eventId() == null ? "id unknown" : broken.eventId().toString();
    spec.commandLine()
        .getOut()
        .println("BROKEN at event " + broken.sequence() + " (" + id + "): " + broken.problem());
    return TaiwaCommand.PROBLEM_FOUND;
  }
}
