package dev.berth.check.rules;

import dev.berth.check.Findings;
import dev.berth.check.LifecyclePolicyRule;
import dev.berth.check.Severity;
import dev.berth.ecr.LifecyclePolicy;
import dev.berth.ecr.PolicyRuleNode;
import dev.berth.ecr.TagStatus;
import java.util.List;

/**
 * ECR004: a rule with {@code tagStatus: any} must have the highest rulePriority. berth compares it
 * with the rules of the same storage class: an {@code any} rule over standard images does not
 * select archived ones, so a later archive rule is not behind it.
 */
public final class LifecycleAnyRuleLast implements LifecyclePolicyRule {

  @Override
  public String id() {
    return "ECR004";
  }

  @Override
  public String title() {
    return "A tagStatus any rule has the highest rulePriority";
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
    List<PolicyRuleNode> rules = policy.ruleNodes();
    for (PolicyRuleNode rule : rules) {
      if (rule.tagStatus().filter(TagStatus.ANY::equals).isEmpty() || rule.priority().isEmpty()) {
        continue;
      }
      long highest =
          rules.stream()
              .filter(r -> r.storageClass().equals(rule.storageClass()))
              .flatMap(r -> r.priority().stream())
              .mapToLong(Long::longValue)
              .max()
              .orElse(0);
      long priority = rule.priority().get();
      if (priority < highest) {
        findings.report(
            rule.priorityNode().orElseThrow(),
            rule.label()
                + " selects any image but rule "
                + highest
                + " comes after it; a tagStatus any rule must have the highest rulePriority",
            "give it a rulePriority above " + highest);
      }
    }
  }
}
