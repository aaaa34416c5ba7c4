package dev.taiwa.cases.document.template;

import dev.taiwa.cases.dialogue.model.FollowUp;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.dialogue.model.MeetingState;
import dev.taiwa.cases.dialogue.model.Note;
import dev.taiwa.cases.dialogue.model.Participant;
import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.JapaneseDate;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.prereport.model.PreReport;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 対話記録: the held meetings of a case. The company version prints only company-visible notes (the
 * meetings as the company reads them); the internal version, for officials, prints every note with
 * its visibility.
 */
final class MeetingRecordTemplate implements DocumentTemplate {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private final boolean internal;

  MeetingRecordTemplate(boolean internal) {
    this.internal = internal;
  }

  @Override
  public Set<MaterialPart> parts() {
    return Set.of(MaterialPart.MEETINGS);
  }

  @Override
  public DocumentKind kind() {
    return internal ? DocumentKind.MEETING_RECORD_INTERNAL : DocumentKind.MEETING_RECORD;
  }

  @Override
  public Optional<Rejection> lacking(CaseMaterial material) {
    return held(material).isEmpty()
        ? Optional.of(Rejection.of(ErrorCode.INVALID_STATE, "No meeting of the case has been held"))
        : Optional.empty();
  }

  @Override
  public DocumentContent compose(CaseMaterial material) {
    PreReport report = material.preReport();
    List<Section> sections = new ArrayList<>();
    int number = 1;
    for (Meeting meeting : held(material)) {
      Meeting shown = internal ? meeting : meeting.asSeenByCompany();
      String when =
          JapaneseDate.withIso(JapanTime.dateOf(shown.startsAt()))
              + " "
              + TIME.format(shown.startsAt().atZone(JapanTime.ZONE));
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("項目", "内容"));
      rows.add(List.of("日時", when));
      rows.add(
          List.of("場所", Issuers.orBlank(shown.place()) + " " + Issuers.orBlank(shown.online())));
      rows.add(
          List.of(
              "出席者（相手方）",
              shown.participants().stream()
                  .map(Participant::name)
                  .collect(Collectors.joining("、"))));
      shown.agenda().forEach(n -> rows.add(List.of("議題" + mark(n), n.text())));
      shown.minutes().forEach(n -> rows.add(List.of("議事" + mark(n), n.text())));
      for (FollowUp f : shown.followUps()) {
        rows.add(
            List.of(
                "宿題" + (f.owner() == null ? "" : "（" + f.owner() + "）"),
                f.description() + (f.dueDate() == null ? "" : " 期限 " + f.dueDate())));
      }
      sections.add(Section.table("第" + number++ + "回 対話", rows));
    }
    String addressee = internal ? "関係職員（内部用）" : material.organisationName(report.organisationId());
    List<Section> all = new ArrayList<>();
    all.add(
        Section.paragraphs(
            "", internal ? "本記録は内部用であり、内部メモを含みます。相手方に交付しないこと。" : "技術移転事前報告に係る対話の記録を次のとおり通知します。"));
    all.addAll(sections);
    return new DocumentContent(
        kind(),
        kind().templateVersion(),
        kind().titleJa(),
        report.reference().value(),
        material.issuedAt(),
        addressee,
        Issuers.METI,
        all);
  }

  private String mark(Note note) {
    return internal && !note.companyVisible() ? "（内部）" : "";
  }

  private static List<Meeting> held(CaseMaterial material) {
    return material.meetings().stream().filter(m -> m.state() == MeetingState.HELD).toList();
  }
}
