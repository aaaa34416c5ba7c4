package dev.taiwa.cases.dialogue.model;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.StorableText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The inputs of a query and its answer, each problem on the field at fault. */
public final class QueryValidation {
  /** The longest reply window an officer may set, in days. */
  public static final int MAX_REPLY_DAYS = 365;

  /** The most files one answer lists. */
  public static final int MAX_ATTACHMENTS = 20;

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9.+-]+/[a-z0-9.+-]+");
  private final DialogueValidation dialogue = new DialogueValidation();

  public List<Rejection> question(String question, Integer replyDays) {
    List<Rejection> problems = new ArrayList<>(renamed(dialogue.reason(question), "question"));
    if (replyDays != null && (replyDays < 1 || replyDays > MAX_REPLY_DAYS)) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE, "replyDays", "Between 1 and " + MAX_REPLY_DAYS + " days"));
    }
    return problems;
  }

  public List<Rejection> answer(String text, List<Attachment> attachments) {
    List<Rejection> problems = new ArrayList<>(renamed(dialogue.reason(text), "text"));
    if (attachments.size() > MAX_ATTACHMENTS) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE, "attachments", "At most " + MAX_ATTACHMENTS + " files"));
    }
    for (int i = 0; i < attachments.size(); i++) {
      Attachment a = attachments.get(i);
      String at = "attachments." + i + ".";
      if (a.fileName().isBlank() || a.fileName().length() > 255) {
        problems.add(Rejection.onField(ErrorCode.INVALID_VALUE, at + "fileName", "1-255 chars"));
      } else {
        StorableText.nameProblem(at + "fileName", a.fileName()).ifPresent(problems::add);
      }
      if (!MEDIA_TYPE.matcher(a.mediaType()).matches()) {
        problems.add(
            Rejection.onField(ErrorCode.INVALID_VALUE, at + "mediaType", "e.g. application/pdf"));
      }
      if (a.size() < 0) {
        problems.add(Rejection.onField(ErrorCode.INVALID_VALUE, at + "size", "Not negative"));
      }
      if (!SHA256.matcher(a.sha256()).matches()) {
        problems.add(
            Rejection.onField(ErrorCode.INVALID_VALUE, at + "sha256", "64 lower-case hex digits"));
      }
    }
    return problems;
  }

  private static List<Rejection> renamed(List<Rejection> problems, String field) {
    return problems.stream().map(r -> Rejection.onField(r.code(), field, r.message())).toList();
  }
}
