package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.SecretLooking;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ArrayNode;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.List;

/**
 * ECS011: a container health check's command starts with CMD or CMD-SHELL (CMD-SHELL followed by
 * one command line), and its interval, timeout, retries and startPeriod are within the ranges ECS
 * accepts. A command that looks like it carries a credential is never repeated in a finding.
 */
public final class HealthCheckRule extends TaskDefinitionRule {

  /** A numeric field of the health check, its accepted range in its unit, and its default. */
  private record Range(String field, long min, long max, String unit) {}

  private static final List<Range> RANGES =
      List.of(
          new Range("interval", 5, 300, "seconds"),
          new Range("timeout", 2, 60, "seconds"),
          new Range("retries", 1, 10, "retries"),
          new Range("startPeriod", 0, 300, "seconds"));

  public HealthCheckRule() {
    super(
        "ECS011",
        Severity.ERROR,
        "healthCheck command and timings must be ones ECS accepts",
        Docs.HEALTH_CHECK);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    for (ContainerDefinition container : td.containers()) {
      container.node().object("healthCheck").ifPresent(hc -> check(container, hc, findings));
    }
  }

  private static void check(ContainerDefinition container, ObjectNode hc, Findings findings) {
    Node command = hc.get("command").orElse(null);
    if (command == null) {
      findings.report(
          hc,
          "the healthCheck of container " + container.label() + " has no command",
          "add \"command\": [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"]");
    } else if (command instanceof ArrayNode array) {
      checkCommand(container, array, findings);
    }
    for (Range range : RANGES) {
      hc.scalar(range.field())
          .filter(ScalarNode::isNumber)
          .ifPresent(
              value -> {
                long n = value.asLong().orElse(Long.MIN_VALUE);
                if (n < range.min() || n > range.max()) {
                  findings.report(
                      value,
                      "healthCheck "
                          + range.field()
                          + " of container "
                          + container.label()
                          + " is "
                          + value.text()
                          + "; ECS accepts "
                          + range.min()
                          + " to "
                          + range.max()
                          + " "
                          + range.unit(),
                      "set "
                          + range.field()
                          + " to a value from "
                          + range.min()
                          + " to "
                          + range.max());
                }
              });
    }
  }

  private static void checkCommand(
      ContainerDefinition container, ArrayNode command, Findings findings) {
    if (command.elements().isEmpty()) {
      findings.report(
          command,
          "the healthCheck command of container " + container.label() + " is empty",
          "start it with \"CMD\" or \"CMD-SHELL\"");
      return;
    }
    Node first = command.elements().get(0);
    if (!(first instanceof ScalarNode word) || !word.isString() || word.isUnknown()) {
      return;
    }
    String text = word.text();
    if (text.equals("CMD") || text.equals("CMD-SHELL") || text.equals("NONE")) {
      if (command.elements().size() == 1 && !text.equals("NONE")) {
        findings.report(
            command,
            "the healthCheck command of container " + container.label() + " is only " + text,
            "add the command to run after " + text);
      }
      if (text.equals("CMD") && command.elements().size() == 2) {
        checkExecForm(container, command.elements().get(1), findings);
      }
      if (text.equals("CMD-SHELL") && command.elements().size() > 2) {
        checkShellForm(container, command, findings);
      }
      return;
    }
    // Docker matches the command type exactly, so "cmd-shell" is as unknown as "curl".
    boolean miscased = text.equalsIgnoreCase("CMD") || text.equalsIgnoreCase("CMD-SHELL");
    findings.report(
        word,
        "the healthCheck command of container "
            + container.label()
            + " starts with '"
            + text
            + "'; it must start with CMD or CMD-SHELL"
            + (miscased ? ", written in capitals" : ""),
        miscased
            ? "write \"" + text.toUpperCase(java.util.Locale.ROOT) + "\""
            : "use " + shellForm(words(command)));
  }

  /**
   * CMD-SHELL hands its first argument to {@code sh -c}, which runs that one string; further list
   * elements become the shell's $0, $1... and are never run, so {@code ["CMD-SHELL", "curl", "-f",
   * "http://..."]} runs a bare {@code curl}.
   */
  private static void checkShellForm(
      ContainerDefinition container, ArrayNode command, Findings findings) {
    List<Node> arguments = command.elements().subList(1, command.elements().size());
    if (arguments.stream()
        .anyMatch(a -> !(a instanceof ScalarNode s) || !s.isString() || s.hasPlaceholder())) {
      return;
    }
    List<String> words = arguments.stream().map(a -> ((ScalarNode) a).text()).toList();
    findings.report(
        arguments.get(1),
        "the healthCheck of container "
            + container.label()
            + " gives CMD-SHELL "
            + words.size()
            + " arguments, but the shell runs only the first as its command line; the others"
            + " are never run as part of the check",
        "join them into one string: " + shellForm(escaped(words)));
  }

  /**
   * The command as {@code ["CMD-SHELL", "..."]}, unless it carries something that looks like a
   * credential (an Authorization header, a token): a finding never repeats a secret.
   */
  private static String shellForm(List<String> words) {
    String line = String.join(" ", words);
    if (SecretLooking.mayContainSecret(line)) {
      return "[\"CMD-SHELL\", \"<the command line as one string>\"]";
    }
    return "[\"CMD-SHELL\", \"" + line + "\"]";
  }

  private static List<String> escaped(List<String> words) {
    return words.stream().map(w -> w.replace("\"", "\\\"")).toList();
  }

  /**
   * CMD runs its arguments without a shell, so a single argument holding a whole command line is
   * taken as one program name, spaces and all, and the check can never pass.
   */
  private static void checkExecForm(
      ContainerDefinition container, Node argument, Findings findings) {
    if (!(argument instanceof ScalarNode line)
        || !line.isString()
        || line.hasPlaceholder()
        || !line.text().strip().matches(".*\\s.*")) {
      return;
    }
    boolean secret = SecretLooking.mayContainSecret(line.text());
    findings.report(
        line,
        "the healthCheck of container "
            + container.label()
            + (secret ? " runs a command line" : " runs '" + line.text() + "'")
            + " with CMD, which does not use a shell: the whole line is taken as one program"
            + " name and the check always fails",
        "use "
            + shellForm(escaped(List.of(line.text())))
            + ", or give each argument its own list element after \"CMD\"");
  }

  private static List<String> words(ArrayNode command) {
    return escaped(command.strings().map(ScalarNode::text).toList());
  }
}
