package dev.taiwa.service.importing;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.imports.ImportKeys;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.UnitOfWork;
import io.micronaut.context.BeanContext;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Runs {@link CaseImport} of a file's text as a stored account, as {@code taiwa import} does. */
final class ImportRunner {
  private final BeanContext beans;

  ImportRunner(BeanContext beans) {
    this.beans = beans;
  }

  /** Imports (not a dry run) {@code content}, named {@code name}, as {@code username}. */
  <F> ImportSummary run(CaseRows<F> rows, String username, String name, String content) {
    Actor actor =
        beans
            .getBean(UserAccounts.class)
            .findByUsername(username)
            .map(u -> new Actor(u.id(), u.username(), u.organisationId(), u.roles()))
            .orElseThrow();
    UnitOfWork unitOfWork = beans.getBean(UnitOfWork.class);
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    SourceFile file = SourceFile.read(name, bytes, ImportFormat.of(name));
    return new CaseImport<>(
            rows,
            beans.getBean(ImportKeys.class),
            beans.getBean(AuditLog.class),
            unitOfWork,
            beans.getBean(Clock.class))
        .run(
            actor,
            file,
            false,
            500,
            new BusyRetry(unitOfWork, new PrintWriter(Writer.nullWriter())),
            done -> {});
  }

  /** Imports a file of good draft pre-reports, one per key, as the filer {@code username}. */
  ImportSummary preReports(String username, List<String> keys, String contact) {
    return run(beans.getBean(PreReportRows.class), username, "reports.csv", csv(keys, contact));
  }

  private static String csv(List<String> keys, String contact) {
    StringBuilder csv = new StringBuilder(header());
    for (String key : keys) {
      csv.append(row(key, contact + " 一郎", "積層セラミックコンデンサの製造条件を提供する。", false));
    }
    return csv.toString();
  }

  /** The pre-report file's header line. */
  static String header() {
    return String.join(",", PreReportRows.COLUMNS) + "\r\n";
  }

  /**
   * One line of a pre-report file: an MLCC transfer to a Chinese contract manufacturer planned in
   * 120 days, with {@code key}, the contact {@code contact}, the technology {@code description},
   * submitted or left a draft.
   */
  static String row(String key, String contact, String description, boolean submit) {
    LocalDate planned = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(120);
    return String.join(
            ",",
            key,
            contact,
            "輸出管理部",
            "export@example.jp",
            "03-1234-5678",
            "1",
            "CONTRACT_MANUFACTURING",
            "华东精密电子有限公司",
            "Huadong Precision Electronics",
            "CN",
            "UNRELATED",
            planned.toString(),
            "CONTRACT",
            description,
            "",
            "",
            Boolean.toString(submit))
        + "\r\n";
  }
}
