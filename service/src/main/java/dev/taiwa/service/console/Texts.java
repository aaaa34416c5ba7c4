package dev.taiwa.service.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The console's words in one language: page texts by key from {@code
 * console/texts/texts_<tag>.properties} (UTF-8), and names of Taiwa's states and categories through
 * {@link Labels}. A key missing from a language is a bug, never shown as the key: it throws (the
 * tests compare the two files key by key).
 */
public final class Texts {
  private static final Map<ConsoleLanguage, Texts> LOADED = new EnumMap<>(ConsoleLanguage.class);

  static {
    for (ConsoleLanguage language : ConsoleLanguage.values()) {
      LOADED.put(language, new Texts(language, load(language)));
    }
  }

  /** Japanese, the default. */
  public static final Texts JA = of(ConsoleLanguage.JA);

  private final ConsoleLanguage language;
  private final Properties texts;

  private Texts(ConsoleLanguage language, Properties texts) {
    this.language = language;
    this.texts = texts;
  }

  public static Texts of(ConsoleLanguage language) {
    return LOADED.get(language);
  }

  public ConsoleLanguage language() {
    return language;
  }

  /** The text of {@code key}. */
  public String get(String key) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("no console text " + key + " in " + language.tag());
    }
    return text;
  }

  /** The text of {@code key} with {@code {0}}, {@code {1}}, ... replaced by the arguments. */
  public String format(String key, Object... arguments) {
    String text = get(key);
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return text;
  }

  /** The name of a state or category in this language. */
  public String label(Enum<?> value) {
    return Labels.of(value, language);
  }

  Set<String> keys() {
    return texts.stringPropertyNames();
  }

  private static Properties load(ConsoleLanguage language) {
    String resource = "console/texts/texts_" + language.tag() + ".properties";
    Properties properties = new Properties();
    try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
