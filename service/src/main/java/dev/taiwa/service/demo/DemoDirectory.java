package dev.taiwa.service.demo;

import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.kernel.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The demo organisations and users of a fresh embedded database: two companies and one user for
 * every official role. Demo only: production mode refuses to start while any of them can log in.
 */
public final class DemoDirectory {
  /** The password of every demo user. */
  public static final String PASSWORD = "taiwa-demo";

  /** A demo organisation with a fixed id, so demo data is the same on every machine. */
  public record DemoOrganisation(UUID id, String name, OrganisationKind kind) {}

  /** A demo user. */
  public record DemoUser(
      String username, String displayName, DemoOrganisation organisation, Role role) {}

  public static final DemoOrganisation SAKURA =
      org("5a4b0000-0000-4000-8000-000000000001", "さくら電子株式会社", OrganisationKind.COMPANY);
  public static final DemoOrganisation FUJIMI =
      org("5a4b0000-0000-4000-8000-000000000002", "富士見マテリアル株式会社", OrganisationKind.COMPANY);
  public static final DemoOrganisation METI =
      org(
          "5a4b0000-0000-4000-8000-000000000010",
          "経済産業省 貿易経済安全保障局 安全保障貿易管理課",
          OrganisationKind.GOVERNMENT);
  public static final DemoOrganisation JPO =
      org("5a4b0000-0000-4000-8000-000000000011", "特許庁 審査第一部", OrganisationKind.GOVERNMENT);
  public static final DemoOrganisation CABINET_OFFICE =
      org(
          "5a4b0000-0000-4000-8000-000000000012",
          "内閣府 経済安全保障推進室（特許出願非公開）",
          OrganisationKind.GOVERNMENT);
  public static final DemoOrganisation OVERSIGHT =
      org("5a4b0000-0000-4000-8000-000000000013", "Taiwa 監査室", OrganisationKind.GOVERNMENT);
  public static final DemoOrganisation OPERATIONS =
      org("5a4b0000-0000-4000-8000-000000000014", "Taiwa 運用チーム", OrganisationKind.GOVERNMENT);

  public static final List<DemoOrganisation> ORGANISATIONS =
      List.of(SAKURA, FUJIMI, METI, JPO, CABINET_OFFICE, OVERSIGHT, OPERATIONS);

  public static final List<DemoUser> USERS =
      List.of(
          new DemoUser("sakura", "佐藤 花子 (さくら電子)", SAKURA, Role.FILER),
          new DemoUser("fujimi", "𠮷田 一郎 (富士見マテリアル)", FUJIMI, Role.FILER),
          new DemoUser("officer", "鈴木 健 (安全保障貿易管理課)", METI, Role.DIALOGUE_OFFICER),
          new DemoUser("examiner", "高橋 誠 (特許庁)", JPO, Role.PATENT_EXAMINER),
          new DemoUser("reviewer", "田中 明 (内閣府)", CABINET_OFFICE, Role.SECURITY_REVIEWER),
          new DemoUser("auditor", "伊藤 直子 (監査室)", OVERSIGHT, Role.AUDITOR),
          new DemoUser("admin", "渡辺 剛 (運用)", OPERATIONS, Role.ADMIN));

  private DemoDirectory() {}

  public static Set<String> usernames() {
    return Set.copyOf(USERS.stream().map(DemoUser::username).toList());
  }

  private static DemoOrganisation org(String id, String name, OrganisationKind kind) {
    return new DemoOrganisation(UUID.fromString(id), name, kind);
  }
}
