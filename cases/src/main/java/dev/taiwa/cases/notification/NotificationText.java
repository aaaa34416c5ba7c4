package dev.taiwa.cases.notification;

/**
 * The text of a notification, made from its kind, the case reference and the due date only: never
 * case content.
 */
final class NotificationText {
  private NotificationText() {}

  static String japanese(Notification n) {
    String ref = n.caseReference();
    String due = n.due().map(d -> "（期限 " + d + "）").orElse("");
    return switch (n.kind()) {
      case QUERY_ASKED -> ref + " に照会がありました" + due;
      case QUERY_ANSWERED -> ref + " の照会に回答がありました";
      case MEETING_SCHEDULED -> ref + " の面談が設定されました";
      case MEETING_CHANGED -> ref + " の面談が変更されました";
      case INFORM_ISSUED -> ref + " についてインフォームが発出されました" + due;
      case DEADLINE_IN_5_WORKING_DAYS -> ref + " の期限まであと5開庁日です" + due;
      case DEADLINE_IN_1_WORKING_DAY -> ref + " の期限まであと1開庁日です" + due;
      case DEADLINE_OVERDUE -> ref + " の期限を過ぎています" + due;
      case PATENT_MATERIALS_REQUESTED -> ref + " について資料の提出が求められました" + due;
      case PATENT_PRIOR_NOTICE_ISSUED -> ref + " について保全指定前の通知がありました" + due;
      case PATENT_REVIEW_DECIDED -> ref + " の保全審査の結果が出ました";
      case PATENT_SENT_TO_REVIEW -> ref + " は保全審査に付するため内閣府に送付されました";
      case PATENT_NOT_SENT -> ref + " は保全審査に送付しないこととされました";
      case PATENT_DESIGNATION_LIFTED -> ref + " の保全指定が解除されました。出願審査の請求期限にご注意ください" + due;
      case PATENT_DESIGNATION_EXPIRED -> ref + " の保全指定の期間が満了しました。出願審査の請求期限にご注意ください" + due;
      case SCREENING_HITS_FOUND -> ref + " の取引相手が新しいリスト版の掲載に該当する可能性があります";
    };
  }

  static String english(Notification n) {
    String ref = n.caseReference();
    String due = n.due().map(d -> " (due " + d + ")").orElse("");
    return switch (n.kind()) {
      case QUERY_ASKED -> "A query was raised on " + ref + due;
      case QUERY_ANSWERED -> "A query on " + ref + " was answered";
      case MEETING_SCHEDULED -> "A meeting on " + ref + " was scheduled";
      case MEETING_CHANGED -> "A meeting on " + ref + " was changed";
      case INFORM_ISSUED -> "An inform was issued on " + ref + due;
      case DEADLINE_IN_5_WORKING_DAYS -> "A deadline of " + ref + " is 5 working days away" + due;
      case DEADLINE_IN_1_WORKING_DAY -> "A deadline of " + ref + " is 1 working day away" + due;
      case DEADLINE_OVERDUE -> "A deadline of " + ref + " is overdue" + due;
      case PATENT_MATERIALS_REQUESTED -> "Materials were requested on " + ref + due;
      case PATENT_PRIOR_NOTICE_ISSUED ->
          "A prior notice before designation was issued on " + ref + due;
      case PATENT_REVIEW_DECIDED -> "The security review of " + ref + " was decided";
      case PATENT_SENT_TO_REVIEW -> ref + " was sent to the Cabinet Office for security review";
      case PATENT_NOT_SENT -> ref + " will not be sent to security review";
      case PATENT_DESIGNATION_LIFTED ->
          "The designation of " + ref + " was lifted; request examination" + due;
      case PATENT_DESIGNATION_EXPIRED ->
          "The designation of " + ref + " expired; request examination" + due;
      case SCREENING_HITS_FOUND ->
          "The counterparty of " + ref + " may match an entry of a new list version";
    };
  }
}
