package dev.berth.check.rules;

import dev.berth.check.Findings;
import dev.berth.check.LifecyclePolicyRule;
import dev.berth.check.Severity;
import dev.berth.ecr.LifecyclePolicy;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ECR001: a lifecycle policy is an object with a non-empty {@code rules} array; every rule has a
 * {@code selection} and an {@code action} object, and no key ECR's schema does not know, and no
 * null value.
 */
public final class LifecyclePolicyStructure implements LifecyclePolicyRule {

  private static final Set<String> RULE_KEYS =
      Set.of("rulePriority", "description", "selection", "action");
  private static final Set<String> SELECTION_KEYS =
      Set.of(
          "tagStatus",
          "tagPatternList",
          "tagPrefixList",
          "storageClass",
          "countType",
          "countUnit",
          "countNumber");
  private static final Set<String> ACTION_KEYS = Set.of("type", "targetStorageClass");

  /** The length limits of lifecyclePolicyText in PutLifecyclePolicy. */
  static final int MIN_LENGTH = 100;

  static final int MAX_LENGTH = 30720;

  @Override
  public String id() {
    return "ECR001";
  }

  @Override
  public String title() {
    return "A lifecycle policy has rules, each with selection and action, and only known keys";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String source() {
    return "https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_examples.html";
  }

  @Override
  public void check(LifecyclePolicy policy, Findings findings) {
    if (!(policy.root() instanceof ObjectNode root)) {
      findings.report(
          policy.root(),
          "the lifecycle policy is a " + policy.root().typeName() + ", not an object",
          "write {\"rules\": [...]}");
      return;
    }
    keys(root, Set.of("rules"), "the policy", findings);
    length(policy, findings);
    Optional<Node> rules = root.get("rules");
    if (rules.isEmpty()) {
      findings.report(root, "the lifecycle policy has no \"rules\"", "add a \"rules\" array");
      return;
    }
    if (!(rules.get() instanceof dev.berth.source.ArrayNode array)) {
      findings.report(
          rules.get(), "\"rules\" is a " + rules.get().typeName() + ", not an array", "");
      return;
    }
    if (array.elements().isEmpty()) {
      findings.report(array, "\"rules\" is empty", "add at least one rule");
    }
    for (Node element : array.elements()) {
      if (!(element instanceof ObjectNode rule)) {
        findings.report(element, "a rule is a " + element.typeName() + ", not an object", "");
        continue;
      }
      String label = label(rule);
      keys(rule, RULE_KEYS, label, findings);
      section(rule, "selection", SELECTION_KEYS, label, findings);
      section(rule, "action", ACTION_KEYS, label, findings);
    }
  }

  /** PutLifecyclePolicy takes a lifecyclePolicyText of 100 to 30,720 characters. */
  private static void length(LifecyclePolicy policy, Findings findings) {
    int length = policy.textLength();
    if (length >= 0 && length < MIN_LENGTH) {
      findings.report(
          policy.root(),
          "the lifecycle policy text is "
              + length
              + " characters; ECR takes "
              + MIN_LENGTH
              + " to "
              + MAX_LENGTH,
          "a policy this short lacks a field; every rule needs rulePriority, selection and action");
    } else if (length > MAX_LENGTH) {
      findings.report(
          policy.root(),
          "the lifecycle policy text is " + length + " characters; ECR takes at most " + MAX_LENGTH,
          "remove whitespace and descriptions, or merge rules");
    }
  }

  private static void section(
      ObjectNode rule, String key, Set<String> known, String label, Findings findings) {
    Optional<ObjectNode.Member> member = rule.member(key);
    if (member.isEmpty()) {
      findings.report(
          rule,
          label + " has no \"" + key + "\"",
          key.equals("action")
              ? "add \"action\": {\"type\": \"expire\"}"
              : "add a \"selection\" with tagStatus, countType and countNumber");
      return;
    }
    if (member.get().value() instanceof ObjectNode object) {
      keys(object, known, label + "'s " + key, findings);
    } else if (!member.get().value().isNull()) {
      findings.report(
          member.get().value(),
          label + "'s \"" + key + "\" is a " + member.get().value().typeName() + ", not an object",
          "");
    }
  }

  private static void keys(ObjectNode object, Set<String> known, String where, Findings findings) {
    for (ObjectNode.Member member : object.entries()) {
      if (member.value().isNull()) {
        findings.reportKey(
            member,
            where + " sets \"" + member.key() + "\" to null, which ECR's schema rejects",
            "remove \"" + member.key() + "\"");
      } else if (!known.contains(member.key())) {
        findings.reportKey(
            member,
            where + " has \"" + member.key() + "\", a key ECR does not accept there",
            suggestion(member.key(), known));
      }
    }
  }

  private static String suggestion(String key, Set<String> known) {
    List<String> close =
        known.stream()
            .filter(k -> k.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)))
            .toList();
    if (!close.isEmpty()) {
      return "write \"" + close.get(0) + "\" (keys are case-sensitive)";
    }
    return "remove it; the keys here are " + String.join(", ", known.stream().sorted().toList());
  }

  static String label(ObjectNode rule) {
    return rule.scalar("rulePriority")
        .filter(s -> s.isNumber())
        .map(s -> "rule " + s.text())
        .orElse("the rule at " + rule.pointer());
  }
}
