package dev.taiwa.tools;

import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.service.document.OpenPdfDocumentRenderer;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Prints how many documents per second the PDF renderer typesets: a one-page notice (heading,
 * paragraphs, a ruled table naming counterparties in Japanese, Chinese, Korean and Thai) rendered N
 * times (default 1,000) on T threads (default 2), after 50 renders to warm up. Not a test: run it
 * by hand on an idle machine,
 *
 * <pre>java -cp tools/target/tools-0.1.0-SNAPSHOT-all.jar dev.taiwa.tools.DocumentBenchmark [N] [T]
 * </pre>
 *
 * It prints the first render (font loading included), then wall time, documents per second and the
 * process CPU time of the measured renders (comparable when other builds share the cores).
 */
public final class DocumentBenchmark {
  private static final int WARM_UP = 50;
  private static boolean scripts;

  private DocumentBenchmark() {}

  public static void main(String[] args) throws Exception {
    int renders = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    scripts = args.length > 2 && args[2].equals("scripts");
    OpenPdfDocumentRenderer renderer = new OpenPdfDocumentRenderer();

    long firstStart = System.nanoTime();
    int firstBytes = renderer.render(notice(0)).length;
    System.out.printf(
        "first render: %.0f ms (%,d bytes)%n", (System.nanoTime() - firstStart) / 1e6, firstBytes);

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      run(pool, renderer, WARM_UP);
      long cpuStart = processCpuNanos();
      long start = System.nanoTime();
      long bytes = run(pool, renderer, renders);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (processCpuNanos() - cpuStart) / 1e9;
      System.out.printf(
          "%s: %,d renders on %d threads: %.2f s wall, %.1f documents/s, %.2f s CPU (%.1f ms CPU"
              + " per document), %,d bytes in all%n",
          scripts ? "scripts" : "japanese",
          renders,
          threads,
          seconds,
          renders / seconds,
          cpu,
          cpu * 1000 / renders,
          bytes);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long run(ExecutorService pool, OpenPdfDocumentRenderer renderer, int count)
      throws Exception {
    List<Future<Integer>> rendered = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      DocumentContent content = notice(i);
      rendered.add(pool.submit(() -> renderer.render(content).length));
    }
    long bytes = 0;
    for (Future<Integer> one : rendered) {
      bytes += one.get();
    }
    return bytes;
  }

  /** A one-page notice; {@code i} varies the reference so no two documents are the same. */
  private static DocumentContent notice(int i) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("項目", "内容"));
    rows.add(List.of("整理番号", "PR-2026-" + String.format("%06d", i)));
    rows.add(List.of("報告者", "アルファ電材株式会社"));
    if (scripts) {
      rows.add(List.of("相手方", "苏州华电精密有限公司（Suzhou Huadian Precision）"));
      rows.add(List.of("相手方の関係会社", "삼성전자 주식회사、บริษัท ไทยเทค จำกัด"));
    } else {
      rows.add(List.of("相手方", "深圳髙橋精密有限公司（Shenzhen Takahashi Precision）"));
      rows.add(List.of("相手方の関係会社", "東亜精機股份有限公司、株式会社大和製作所"));
    }
    rows.add(List.of("技術番号", "①、③"));
    rows.add(List.of("技術の内容", "積層セラミックコンデンサの製造技術（𠮷野工場の製造条件を含む）"));
    rows.add(List.of("通知日", "令和8年12月4日（2026-12-04）"));
    return new DocumentContent(
        DocumentKind.INFORM_NOTICE,
        DocumentKind.INFORM_NOTICE.templateVersion(),
        DocumentKind.INFORM_NOTICE.titleJa(),
        "PR-2026-" + String.format("%06d", i),
        Instant.parse("2026-12-04T01:00:00Z").plusSeconds(i),
        "アルファ電材株式会社",
        "経済産業省 貿易経済安全保障局",
        List.of(
            Section.paragraphs(
                "", "貴社から提出のあった技術移転の事前報告について、外国為替及び外国貿易法第25条の規定に基づき、" + "下記のとおり許可申請をすべき旨を通知します。"),
            Section.table("記", rows),
            Section.paragraphs(
                "許可申請の期限", "この通知を受けた日から30日以内に許可申請をしてください。", "期限までに申請がない場合は、取引を行うことはできません。")));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
