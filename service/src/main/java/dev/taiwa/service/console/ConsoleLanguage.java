package dev.taiwa.service.console;

import io.micronaut.http.HttpRequest;

/**
 * The language the console speaks to a browser: Japanese unless the user chose English with the
 * switch in the header, which keeps the choice in the cookie {@link #COOKIE} (signed in or not).
 */
public enum ConsoleLanguage {
  JA("ja"),
  EN("en");

  static final String COOKIE = "taiwa_console_lang";

  private final String tag;

  ConsoleLanguage(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag, for {@code <html lang>} and the cookie. */
  public String tag() {
    return tag;
  }

  /** The other language, which the switch offers. */
  public ConsoleLanguage other() {
    return this == JA ? EN : JA;
  }

  /** The language named by {@code tag}; Japanese for anything else. */
  static ConsoleLanguage of(String tag) {
    return EN.tag.equals(tag) ? EN : JA;
  }

  /** The language the browser chose, from its cookie; Japanese by default. */
  static ConsoleLanguage of(HttpRequest<?> request) {
    return ConsoleCookies.read(request, COOKIE).map(ConsoleLanguage::of).orElse(JA);
  }
}
