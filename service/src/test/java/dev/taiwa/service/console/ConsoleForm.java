package dev.taiwa.service.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form of a console page as a test fills it in: the hidden fields of the first form posting to
 * {@code action} (its token, the version it was read at, the item it acts on), plus what the test
 * types.
 */
final class ConsoleForm {
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

  private ConsoleForm() {}

  /** The hidden fields of the first form whose action ends with {@code /action}. */
  static Map<String, String> of(String html, String action) {
    return nth(html, action, 0);
  }

  /** The hidden fields of the {@code n}th (from 0) form whose action ends with {@code /action}. */
  static Map<String, String> nth(String html, String action, int n) {
    Matcher forms =
        Pattern.compile("<form method=\"post\" action=\"[^\"]*/" + Pattern.quote(action) + "\"")
            .matcher(html);
    int found = -1;
    while (forms.find()) {
      found++;
      if (found == n) {
        int end = html.indexOf("</form>", forms.end());
        Matcher hidden = HIDDEN.matcher(html.substring(forms.end(), end));
        Map<String, String> fields = new LinkedHashMap<>();
        while (hidden.find()) {
          fields.put(hidden.group(1), hidden.group(2));
        }
        return fields;
      }
    }
    throw new AssertionError("no form number " + n + " posting to " + action + " in:\n" + html);
  }

  /** Whether the page has a form posting to {@code action}. */
  static boolean has(String html, String action) {
    return html.contains("/" + action + "\"");
  }

  /** The hidden fields with the typed ones. */
  static Map<String, String> with(Map<String, String> hidden, String... typed) {
    Map<String, String> form = new LinkedHashMap<>(hidden);
    for (int i = 0; i < typed.length; i += 2) {
      form.put(typed[i], typed[i + 1]);
    }
    return form;
  }
}
