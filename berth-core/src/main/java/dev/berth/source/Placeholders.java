package dev.berth.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Templating placeholders that a later step (CI, CodeDeploy, envsubst, ecspresso, a templating
 * engine) replaces: values that cannot be known statically, on which no rule fires.
 */
public final class Placeholders {

  /** What a placeholder is replaced with by {@link #mask}: no colon, slash or dot inside. */
  public static final String MASK = "\u00abplaceholder\u00bb";

  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          String.join(
              "|",
              "\\$\\{[^}]*}", // ${VAR}, ${AWS::Region}
              "\\{\\{[^}]*}}", // {{ must_env `VAR` }}, {{ .Values.x }}
              "<[A-Za-z][A-Za-z0-9_.\\- ]{0,63}>", // <IMAGE1_NAME>, <your account id>
              "__[A-Za-z0-9_]+__", // __TASK_CPU__
              "#\\{[^}]*}", // #{Octopus.Variable}
              "(?<![A-Za-z0-9_])(?:YOUR_[A-Z0-9_]+|(?:[A-Z0-9]+_)*ACCOUNT(?:_?ID|_?NUMBER)?"
                  + "|REPLACED?(?:_[A-Z0-9]+)+|[A-Z0-9_]*PLACEHOLDER[A-Z0-9_]*|X{10,}|x{10,})"
                  + "(?![A-Za-z0-9_])",
              "(?<![A-Za-z0-9])your[-_][a-z0-9][a-z0-9_-]*", // your-app-image
              "(?<![A-Za-z0-9_])(?:aws_account_id|account-id|region-code)(?![A-Za-z0-9_])"));

  private Placeholders() {}

  /** Words that every placeholder form without punctuation contains one of. */
  private static final String[] WORDS = {
    "YOUR_",
    "ACCOUNT",
    "REPLACE",
    "PLACEHOLDER",
    "XXXXXXXXXX",
    "xxxxxxxxxx",
    "your-",
    "your_",
    "aws_account_id",
    "account-id",
    "region-code"
  };

  public static boolean contains(String text) {
    return mayContain(text) && PLACEHOLDER.matcher(text).find();
  }

  /**
   * A cheap test before the regular expression, which is too slow to run on every value: the
   * punctuation that opens most forms, else the words of the others.
   */
  private static boolean mayContain(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' || c == '{' || c == '<' || c == '#') {
        return true;
      }
      if (c == '_' && i + 1 < text.length() && text.charAt(i + 1) == '_') {
        return true;
      }
      letters |=
          c == 'A' || c == 'P' || c == 'R' || c == 'X' || c == 'Y' || c == 'a' || c == 'r'
              || c == 'x' || c == 'y';
    }
    if (!letters || text.length() < 5) {
      return false;
    }
    for (String word : WORDS) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** True when nothing but placeholders and separators is left once they are taken out. */
  public static boolean isWhollyUnknown(String text) {
    if (!mayContain(text)) {
      return false;
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    if (!matcher.find()) {
      return false;
    }
    String rest = matcher.replaceAll("").strip();
    return rest.isEmpty() || rest.chars().noneMatch(Character::isLetterOrDigit);
  }

  /** The text with every placeholder replaced by {@link #MASK}, so it can be split safely. */
  public static String mask(String text) {
    if (!mayContain(text)) {
      return text;
    }
    return PLACEHOLDER.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
  }
}
