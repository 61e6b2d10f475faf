package dev.berth.model;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a key or a value looks like a secret: the test behind both the plaintext-secret
 * rule and the redaction of values in every output.
 */
public final class SecretLooking {

  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i)(passw(or)?d|passwd|(^|[_.-])pwd($|[_.-])|secret|token|api[_.-]?key|apikey"
              + "|private[_.-]?key|access[_.-]?key|credential|auth[_.-]?key|signing[_.-]?key"
              + "|encryption[_.-]?key|(^|[_.-])dsn($|[_.-])|connection[_.-]?string)");

  /** Names that mention a secret but hold a reference to it, or a setting about it. */
  private static final Pattern REFERENCE_NAME =
      Pattern.compile(
          "(?i).*([_.-](arn|name|id|path|file|url|uri|endpoint|region|ttl|expiry|expires|length"
              + "|header|type|enabled|location|prefix|version)|_(secret|token)s?_(arn|name|id))$");

  private static final Pattern SECRET_VALUE =
      Pattern.compile(
          "(AKIA|ASIA)[0-9A-Z]{16}" // AWS access key ID
              + "|-----BEGIN [A-Z ]*PRIVATE KEY-----"
              + "|gh[pousr]_[A-Za-z0-9]{30,}" // GitHub token
              + "|xox[abpr]-[A-Za-z0-9-]{10,}" // Slack token
              + "|sk_live_[A-Za-z0-9]{16,}" // Stripe key
              + "|[a-z][a-z0-9+.-]*://[^/\\s:@]*:[^/\\s@]+@"); // URL with a password

  private SecretLooking() {}

  /**
   * Names whose values an output hides, broader than {@link #isSecretName}: when a value is only
   * shown, not judged, hiding one too many costs nothing.
   */
  private static final Pattern HIDDEN_NAME =
      Pattern.compile(
          "(?i).*(password|passwd|pwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key"
              + "|credential|auth|session[_-]?key|signing[_-]?key|dsn|connection[_-]?string).*");

  /** True when an output must hide the value stored under {@code key}. */
  public static boolean hidesValueOf(String key) {
    return key != null && HIDDEN_NAME.matcher(key).matches();
  }

  /** True when a key's name says its value is a secret. */
  public static boolean isSecretName(String name) {
    return SECRET_NAME.matcher(name).find() && !REFERENCE_NAME.matcher(name).matches();
  }

  /** True when a value has the shape of a credential, whatever its key is called. */
  public static boolean isSecretValue(String value) {
    // Every credential shape above has one of these; most values have none.
    boolean candidate =
        value.contains("AKIA")
            || value.contains("ASIA")
            || value.contains("-----BEGIN")
            || value.contains("_")
            || value.contains("xox")
            || value.contains("://");
    return candidate && SECRET_VALUE.matcher(value).find();
  }

  /** Words of a command line that pass a credential: headers, user:password options, tokens. */
  private static final Pattern CREDENTIAL_IN_COMMAND =
      Pattern.compile(
          "(?i)(authorization|bearer\\s|x-api-key|api[_-]?key|(^|\\s)-u\\s*\\S+:|--user[=\\s]"
              + "|--password|passw(or)?d\\s*[=:]|token\\s*[=:]|secret\\s*[=:])");

  /**
   * True when a free-form text, such as a health-check command line, may carry a secret: a value
   * with the shape of a credential, or a credential passed the usual ways on a command line.
   */
  public static boolean mayContainSecret(String text) {
    return isSecretValue(text) || CREDENTIAL_IN_COMMAND.matcher(text).find();
  }

  /** The parts of free text that carry a credential, each followed by what to keep of it. */
  private static final List<Pattern> MASKED =
      List.of(
          Pattern.compile("(?<keep>[a-z][a-z0-9+.-]*://[^/\\s:@]*:)[^/\\s@]+(?=@)"),
          Pattern.compile(
              "(?i)(?<keep>(?:passw(?:or)?d|pwd|secret|token|api[_-]?key|access[_-]?key)"
                  + "[\"']?\\s*[=:]\\s*[\"']?)[^\\s&;,\"']*[^\\s&;,\"':]"),
          Pattern.compile("(?i)(?<keep>authorization:\\s*(?:bearer|basic)\\s+)\\S+"),
          Pattern.compile("(?<keep>)(?:AKIA|ASIA)[0-9A-Z]{16}"),
          Pattern.compile("(?<keep>)gh[pousr]_[A-Za-z0-9]{30,}"),
          Pattern.compile("(?<keep>)xox[abpr]-[A-Za-z0-9-]{10,}"),
          Pattern.compile("(?<keep>)sk_live_[A-Za-z0-9]{16,}"),
          Pattern.compile(
              "(?<keep>)-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE"
                  + " KEY-----|$)"));

  /**
   * Free text (a stopped reason, a container reason, a command line) with every credential in it
   * replaced by {@link #redacted()}, the rest left readable.
   */
  public static String mask(String text) {
    String masked = text;
    for (Pattern pattern : MASKED) {
      masked = pattern.matcher(masked).replaceAll("${keep}" + redacted().replace("*", "\\*"));
    }
    return masked;
  }

  /**
   * True when a value under a secret-looking name could really be a secret: not empty, not a
   * boolean or number, not an ARN or path that refers to one.
   */
  public static boolean couldBeSecret(String value) {
    String v = value.strip();
    if (v.length() < 4) {
      return false;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false") || v.matches("-?\\d+(\\.\\d+)?")) {
      return false;
    }
    return !(lower.startsWith("arn:")
        || v.startsWith("/")
        || lower.startsWith("http://")
        || lower.startsWith("https://"));
  }

  /** What every output shows instead of a secret value. */
  public static String redacted() {
    return "****";
  }
}
