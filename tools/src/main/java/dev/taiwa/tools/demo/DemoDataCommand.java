package dev.taiwa.tools.demo;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.dialogue.model.ConcernState;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.dialogue.model.MeetingState;
import dev.taiwa.cases.dialogue.model.Note;
import dev.taiwa.cases.dialogue.model.Participant;
import dev.taiwa.cases.dialogue.model.Severity;
import dev.taiwa.cases.dialogue.model.Visibility;
import dev.taiwa.cases.dialogue.port.Concerns;
import dev.taiwa.cases.dialogue.port.Meetings;
import dev.taiwa.cases.identity.AccountRules;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.PasswordHashing;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.model.AdditionalRequirementFacts;
import dev.taiwa.cases.patent.model.ApplicationNumber;
import dev.taiwa.cases.patent.model.FilingRoute;
import dev.taiwa.cases.patent.model.IpcCode;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.cases.prereport.model.Contact;
import dev.taiwa.cases.prereport.model.Counterparty;
import dev.taiwa.cases.prereport.model.CounterpartyRelationship;
import dev.taiwa.cases.prereport.model.PlannedDateKind;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.model.ReferenceNumber;
import dev.taiwa.cases.prereport.model.TransactionType;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.cases.prereport.port.ReferenceNumbers;
import dev.taiwa.tools.EnvironmentVariables;
import dev.taiwa.tools.ToolFailure;
import dev.taiwa.tools.importing.Progress;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code taiwa demo-data --cases N [--seed S]}: a synthetic dataset for trying and measuring Taiwa,
 * the same for the same seed. Companies with a filer each; pre-reports with weighted technologies
 * and counterparties across countries, in every open state, with meetings and concerns in dialogue;
 * patent applications of which very few go to security review and fewer still are designated
 * ({@link DemoFigures}). Each case is written through the ports with one audit event, in
 * transactions of {@code --batch-size} cases, so the chain verifies. Refused on a database that
 * already holds audit events. The generated accounts cannot log in, unless {@code --password-env
 * NAME} gives them all the password held in that environment variable (refused unless the account
 * rules accept it as a password).
 */
@Command(
    name = "demo-data",
    description = "Writes a deterministic synthetic dataset into an empty database.",
    mixinStandardHelpOptions = true)
public final class DemoDataCommand implements Callable<Integer> {
  private static final Instant START = Instant.parse("2025-01-06T00:00:00Z");
  private static final PreReportState[] STATES = {
    PreReportState.DRAFT,
    PreReportState.SUBMITTED,
    PreReportState.UNDER_REVIEW,
    PreReportState.IN_DIALOGUE,
    PreReportState.IN_DIALOGUE,
    PreReportState.CLOSED_NO_CONCERN,
    PreReportState.CLOSED_MEASURES_AGREED,
    PreReportState.NOT_REPORTABLE,
    PreReportState.WITHDRAWN
  };

  /** What the accounts get without {@code --password-env}: no password matches it. */
  private static final String NO_LOGIN = "!demo-no-login";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--cases", required = true, description = "how many cases to create")
  int cases;

  @Option(names = "--seed", defaultValue = "1", description = "the seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--batch-size", defaultValue = "2000", description = "cases per transaction")
  int batchSize;

  @Option(
      names = "--password-env",
      paramLabel = "NAME",
      description =
          "give every generated account the password held in the environment variable NAME (at"
              + " least 12 characters), so that one can log in as demo-officer, demo-examiner or"
              + " demo-filer-<n>; without it the accounts cannot log in")
  String passwordVariable;

  @Inject EnvironmentVariables environment;
  @Inject PasswordHashing hashing;

  @Inject Organisations organisations;
  @Inject UserAccounts accounts;
  @Inject PreReports preReports;
  @Inject ReferenceNumbers referenceNumbers;
  @Inject Meetings meetings;
  @Inject Concerns concerns;
  @Inject PatentApplications patents;
  @Inject AuditLog auditLog;
  @Inject UnitOfWork unitOfWork;

  private SplittableRandom random;
  private final List<UserAccount> filers = new ArrayList<>();
  private UserAccount officer;
  private UserAccount examiner;
  private String passwordHash = NO_LOGIN;

  @Override
  public Integer call() {
    if (cases < 1 || batchSize < 1) {
      throw new ToolFailure("--cases and --batch-size must be at least 1");
    }
    if (auditLog.head().lastSequence() > 0) {
      throw new ToolFailure(
          "the database already holds audit events: demo data goes into an empty one");
    }
    if (passwordVariable != null) {
      passwordHash = hashing.hash(password(passwordVariable));
    }
    random = new SplittableRandom(seed);
    long started = System.nanoTime();
    unitOfWork.inTransaction(this::people);
    PrintWriter err = spec.commandLine().getErr();
    try (Progress progress = Progress.of("demo-data", cases, err)) {
      for (int from = 0; from < cases; from += batchSize) {
        int to = Math.min(cases, from + batchSize);
        int first = from;
        unitOfWork.inTransaction(
            () -> {
              for (int i = first; i < to; i++) {
                oneCase(i);
              }
              return null;
            });
        progress.step(to - from);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    spec.commandLine()
        .getOut()
        .printf(
            "Created %d cases (%d companies) in %.1f s: %.0f cases/s%n",
            cases, filers.size(), seconds, cases / seconds);
    return 0;
  }

  private Void people() {
    int companies =
        Math.max(
            5, (int) (cases * DemoFigures.PRE_REPORT_SHARE) / DemoFigures.PRE_REPORTS_PER_COMPANY);
    OrganisationId ministry = id(OrganisationId::new);
    organisations.insert(
        new Organisation(ministry, "経済産業省 貿易経済安全保障局（デモ）", OrganisationKind.GOVERNMENT));
    officer = account("demo-officer", ministry, Role.DIALOGUE_OFFICER);
    examiner = account("demo-examiner", ministry, Role.PATENT_EXAMINER);
    String[] kinds = {"電子", "マテリアル", "精機", "化学", "光学"};
    for (int c = 0; c < companies; c++) {
      OrganisationId company = id(OrganisationId::new);
      organisations.insert(
          new Organisation(
              company,
              "デモ" + kinds[c % kinds.length] + (c + 1) + "株式会社",
              OrganisationKind.COMPANY));
      filers.add(account("demo-filer-" + (c + 1), company, Role.FILER));
    }
    return null;
  }

  private UserAccount account(String name, OrganisationId organisation, Role role) {
    UserAccount account =
        new UserAccount(
            id(UserId::new), name, name, organisation, Set.of(role), passwordHash, true, START);
    accounts.insert(account);
    return account;
  }

  /**
   * The password in {@code variable}, checked by the same rules as any account's; hashed once and
   * the hash shared by every generated account (they share the password, so one salt tells nothing
   * more, and a thousand slow hashes would take minutes).
   */
  private String password(String variable) {
    String password =
        environment
            .get(variable)
            .orElseThrow(
                () ->
                    new ToolFailure(
                        "--password-env: the environment variable " + variable + " is not set"));
    List<Rejection> problems = AccountRules.passwordProblems("password", password);
    if (!problems.isEmpty()) {
      throw new ToolFailure(
          "--password-env: the value of "
              + variable
              + " is refused: "
              + problems.stream().map(Rejection::message).collect(Collectors.joining(" ")));
    }
    return password;
  }

  private void oneCase(int i) {
    Instant at = START.plus(Duration.ofSeconds(30L * i));
    if (random.nextDouble() < DemoFigures.PRE_REPORT_SHARE) {
      preReport(at);
    } else {
      patent(at, i);
    }
  }

  private void preReport(Instant at) {
    UserAccount filer = filers.get(random.nextInt(filers.size()));
    String[] counterparty = Counterparties.pick(random);
    PreReportState state = STATES[random.nextInt(STATES.length)];
    int year = JapanTime.dateOf(at).getYear();
    PreReportForm form =
        new PreReportForm(
            new Contact(
                "担当 " + (random.nextInt(900) + 100),
                "輸出管理部",
                "export@" + filer.username() + ".example.jp",
                null),
            List.of(technology()),
            TransactionType.values()[random.nextInt(TransactionType.values().length)],
            new Counterparty(
                counterparty[1],
                counterparty[2],
                counterparty[0],
                CounterpartyRelationship.values()[random.nextInt(3)]),
            JapanTime.dateOf(at).plusDays(20 + random.nextInt(90)),
            PlannedDateKind.CONTRACT,
            "製造技術の提供（デモデータ）",
            null);
    PreReport report =
        new PreReport(
            id(CaseId::new),
            ReferenceNumber.of("PR", year, referenceNumbers.next("PR", year)),
            filer.organisationId(),
            filer.id(),
            state,
            form,
            at,
            at,
            state == PreReportState.DRAFT ? null : at,
            null,
            1);
    preReports.insert(report);
    audit(at, filer, report.id(), "demo pre-report " + report.reference() + " in " + state);
    if (state == PreReportState.IN_DIALOGUE || state == PreReportState.CLOSED_MEASURES_AGREED) {
      dialogue(report, at);
    }
  }

  private void dialogue(PreReport report, Instant at) {
    int held = 1 + random.nextInt(3);
    for (int m = 0; m < held; m++) {
      Instant when = at.plus(Duration.ofDays(7L * (m + 1)));
      meetings.insert(
          new Meeting(
              random(),
              report.id(),
              MeetingState.HELD,
              when,
              "経済産業省 別館",
              null,
              List.of(officer.id()),
              List.of(new Participant("担当者", "輸出管理部長")),
              List.of(new Note("現状と課題の共有", Visibility.COMPANY_VISIBLE)),
              List.of(new Note("技術流出防止策を確認", Visibility.COMPANY_VISIBLE)),
              List.of(),
              null,
              at,
              1));
    }
    if (random.nextInt(3) == 0) {
      concerns.insert(
          new Concern(
              random(),
              report.id(),
              report.state() == PreReportState.CLOSED_MEASURES_AGREED
                  ? ConcernState.RESOLVED
                  : ConcernState.RAISED,
              ConcernCategory.values()[random.nextInt(ConcernCategory.values().length)],
              Severity.values()[random.nextInt(3)],
              "取引先の最終用途の確認が必要",
              "内部情報（デモ）",
              List.of(),
              null,
              at.plus(Duration.ofDays(8)),
              1));
    }
  }

  private void patent(Instant at, int i) {
    UserAccount applicant = filers.get(random.nextInt(filers.size()));
    double roll = random.nextDouble();
    boolean pct = random.nextDouble() < DemoFigures.PCT_NATIONAL_PHASE_RATE;
    PatentState state =
        pct
            ? PatentState.OUTSIDE_SCREENING
            : roll < DemoFigures.DESIGNATED_RATE
                ? PatentState.DESIGNATED
                : roll < DemoFigures.SENT_TO_REVIEW_RATE
                    ? PatentState.SENT_TO_REVIEW
                    : random.nextInt(4) == 0 ? PatentState.UNDER_SCREENING : PatentState.NOT_SENT;
    boolean secret = state == PatentState.SENT_TO_REVIEW || state == PatentState.DESIGNATED;
    int year = JapanTime.dateOf(at).getYear();
    PatentApplication application =
        new PatentApplication(
            id(CaseId::new),
            new ApplicationNumber(String.format("%d-%06d", year, i % 999_999 + 1)),
            JapanTime.dateOf(at),
            List.of(applicant.organisationId()),
            true,
            secret ? "誘導装置（デモ）" : "積層セラミック部品の製造方法（デモ）",
            "要約（デモ）",
            "請求項1（デモ）",
            List.of(new IpcCode(secret ? "F41G 7/00" : "H01G 4/30")),
            pct ? FilingRoute.PCT_NATIONAL_PHASE : FilingRoute.DIRECT,
            AdditionalRequirementFacts.none(),
            state,
            pct ? "PCT national phase (Art. 66(5))" : null,
            examiner.id(),
            pct ? null : JapanTime.dateOf(at).plusMonths(3),
            secret ? List.of(3) : List.of(),
            state == PatentState.UNDER_SCREENING || pct ? null : "第一次審査（デモ）",
            at,
            at,
            1,
            secret);
    patents.insert(application);
    audit(
        at,
        examiner,
        application.id(),
        "demo patent application " + application.number() + " in " + state);
  }

  private int technology() {
    int total = 0;
    for (int weight : DemoFigures.TECHNOLOGY_WEIGHTS) {
      total += weight;
    }
    int roll = random.nextInt(total);
    for (int t = 0; t < DemoFigures.TECHNOLOGY_WEIGHTS.length; t++) {
      roll -= DemoFigures.TECHNOLOGY_WEIGHTS[t];
      if (roll < 0) {
        return t + 1;
      }
    }
    return 1;
  }

  private void audit(Instant at, UserAccount actor, CaseId caseId, String summary) {
    auditLog.append(
        new AuditEntry(
            at,
            actor.id(),
            actor.username(),
            actor.organisationId(),
            caseId,
            AuditAction.DEMO_CASE_SEEDED,
            AuditOutcome.ACCEPTED,
            summary));
  }

  private UUID random() {
    return new UUID(random.nextLong(), random.nextLong());
  }

  private <T> T id(java.util.function.Function<UUID, T> wrap) {
    return wrap.apply(random());
  }
}
