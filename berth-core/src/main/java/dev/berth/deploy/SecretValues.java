package dev.berth.deploy;

import java.util.regex.Pattern;

/**
 * Recognises keys whose values are secrets (passwords, tokens, API keys), so that no output or log
 * ever shows such a value.
 */
public final class SecretValues {

  /** What berth prints in place of a secret value. */
  public static final String REDACTED = "(redacted)";

  private static final Pattern SECRET_KEY =
      Pattern.compile(
          "(?i).*(password|passwd|pwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key"
              + "|credential|auth|session[_-]?key|signing[_-]?key|dsn|connection[_-]?string).*");

  private SecretValues() {}

  /** True when a value stored under {@code key} must never be shown. */
  public static boolean isSecretKey(String key) {
    return key != null && SECRET_KEY.matcher(key).matches();
  }
}
