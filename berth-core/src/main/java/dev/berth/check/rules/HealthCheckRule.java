package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ContainerDefinition;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ArrayNode;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.List;

/**
 * ECS011: a container health check's command starts with CMD or CMD-SHELL, and its interval,
 * timeout, retries and startPeriod are within the ranges ECS accepts.
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
            : "use [\"CMD-SHELL\", \"" + String.join(" ", words(command)) + "\"]");
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
    findings.report(
        line,
        "the healthCheck of container "
            + container.label()
            + " runs '"
            + line.text()
            + "' with CMD, which does not use a shell: the whole line is taken as one program"
            + " name and the check always fails",
        "use [\"CMD-SHELL\", \""
            + line.text().replace("\"", "\\\"")
            + "\"], or give each argument its own list element after \"CMD\"");
  }

  private static List<String> words(ArrayNode command) {
    return command.strings().map(ScalarNode::text).map(w -> w.replace("\"", "\\\"")).toList();
  }
}
