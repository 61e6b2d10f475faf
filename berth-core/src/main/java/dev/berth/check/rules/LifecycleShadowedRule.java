package dev.berth.check.rules;

import dev.berth.check.Findings;
import dev.berth.check.LifecyclePolicyRule;
import dev.berth.check.Severity;
import dev.berth.ecr.LifecyclePolicy;
import dev.berth.ecr.PolicyRuleNode;
import dev.berth.ecr.StorageClass;
import dev.berth.ecr.TagStatus;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * ECR009: two rules that select the same images (two untagged rules, or the same set of tag
 * prefixes or patterns, in the same storage class). The one with the higher priority number can
 * never act: every image it selects is decided by the other first.
 */
public final class LifecycleShadowedRule implements LifecyclePolicyRule {

  @Override
  public String id() {
    return "ECR009";
  }

  @Override
  public String title() {
    return "No two rules select the same images";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String source() {
    return RuleSources.LIFECYCLE;
  }

  @Override
  public void check(LifecyclePolicy policy, Findings findings) {
    List<PolicyRuleNode> rules =
        policy.ruleNodes().stream()
            .filter(r -> r.priority().isPresent() && r.tagStatus().isPresent())
            .sorted(Comparator.comparing(r -> r.priority().get()))
            .toList();
    Map<String, PolicyRuleNode> first = new HashMap<>();
    for (PolicyRuleNode rule : rules) {
      String key = selectionKey(rule);
      if (key == null) {
        continue;
      }
      PolicyRuleNode earlier = first.putIfAbsent(key, rule);
      if (earlier != null) {
        findings.report(
            rule.selection().orElseThrow(),
            rule.label()
                + " selects the same images as "
                + earlier.label()
                + ", which decides every one of them first; "
                + rule.label()
                + " never acts",
            "merge the two rules, or change the tags this one selects");
      }
    }
  }

  /** The images a rule selects, as a comparable key; null when the rule is too broken to say. */
  private static String selectionKey(PolicyRuleNode rule) {
    StorageClass storage = rule.storageClass().orElse(null);
    TagStatus status = rule.tagStatus().orElseThrow();
    if (storage == null) {
      return null;
    }
    if (status != TagStatus.TAGGED) {
      return storage + ":" + status;
    }
    Set<String> prefixes = new TreeSet<>(rule.strings("tagPrefixList"));
    Set<String> patterns = new TreeSet<>(rule.strings("tagPatternList"));
    // A prefix p selects what the pattern p* selects.
    prefixes.forEach(p -> patterns.add(p + "*"));
    return patterns.isEmpty() ? null : storage + ":tagged:" + patterns;
  }
}
