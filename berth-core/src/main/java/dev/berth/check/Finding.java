package dev.berth.check;

/**
 * One mistake a rule found: the rule, how bad it is, a message naming the value seen, the fix
 * naming the value to use, and where it is.
 */
public record Finding(
    String ruleId, Severity severity, String message, String fix, Location location) {

  /** The message and the fix in one sentence pair, as the text output prints them. */
  public String messageWithFix() {
    return fix.isEmpty() ? message : message + "; " + fix;
  }
}
