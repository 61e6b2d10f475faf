package dev.berth.check.rules;

import dev.berth.check.Findings;
import dev.berth.check.LifecyclePolicyRule;
import dev.berth.check.Severity;
import dev.berth.ecr.LifecyclePolicy;
import dev.berth.ecr.PolicyRuleNode;
import dev.berth.source.ScalarNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ECR002: every rule has a {@code rulePriority} that is a positive integer, unique in the policy.
 */
public final class LifecycleRulePriority implements LifecyclePolicyRule {

  @Override
  public String id() {
    return "ECR002";
  }

  @Override
  public String title() {
    return "Rule priorities are positive integers, unique in the policy";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String source() {
    return RuleSources.PARAMETERS;
  }

  @Override
  public void check(LifecyclePolicy policy, Findings findings) {
    Map<Long, ScalarNode> seen = new HashMap<>();
    for (PolicyRuleNode rule : policy.ruleNodes()) {
      Optional<ScalarNode> written = rule.priorityNode();
      if (written.isEmpty()) {
        findings.report(
            rule.node(),
            rule.label() + " has no rulePriority",
            "add \"rulePriority\" with a positive integer not used by another rule");
        continue;
      }
      ScalarNode priority = written.get();
      if (priority.isUnknown()) {
        continue;
      }
      Optional<Long> value = priority.isNumber() ? priority.asLong() : Optional.empty();
      if (value.isEmpty()) {
        findings.report(
            priority,
            "rulePriority is " + describe(priority) + ", not an integer",
            priority
                .asLong()
                .map(n -> "write " + n + " without quotes")
                .orElse("write an integer"));
        continue;
      }
      if (value.get() < 1) {
        findings.report(
            priority, "rulePriority is " + value.get() + "; it must be 1 or more", "use 1 or more");
        continue;
      }
      ScalarNode earlier = seen.putIfAbsent(value.get(), priority);
      if (earlier != null) {
        findings.report(
            priority,
            "rulePriority "
                + value.get()
                + " is also used at line "
                + earlier.position().line()
                + "; priorities must be unique",
            "give this rule a priority no other rule uses");
      }
    }
  }

  private static String describe(ScalarNode node) {
    return node.isString()
        ? "the string \"" + node.text() + "\""
        : node.typeName() + " " + node.text();
  }
}
