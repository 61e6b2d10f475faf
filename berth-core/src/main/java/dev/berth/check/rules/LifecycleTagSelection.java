package dev.berth.check.rules;

import dev.berth.check.Findings;
import dev.berth.check.LifecyclePolicyRule;
import dev.berth.check.Severity;
import dev.berth.ecr.LifecyclePolicy;
import dev.berth.ecr.PolicyRuleNode;
import dev.berth.ecr.TagStatus;
import dev.berth.source.ArrayNode;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.Optional;

/**
 * ECR003: {@code tagStatus} is tagged, untagged or any; tagged takes exactly one of {@code
 * tagPrefixList} and {@code tagPatternList}, untagged takes neither; a list is non-empty strings.
 */
public final class LifecycleTagSelection implements LifecyclePolicyRule {

  @Override
  public String id() {
    return "ECR003";
  }

  @Override
  public String title() {
    return "The tagStatus and its tag list agree";
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
    for (PolicyRuleNode rule : policy.ruleNodes()) {
      Optional<ObjectNode> selection = rule.selection();
      if (selection.isEmpty()) {
        continue;
      }
      check(rule, selection.get(), findings);
    }
  }

  private static void check(PolicyRuleNode rule, ObjectNode selection, Findings findings) {
    Optional<ScalarNode> written = selection.scalar("tagStatus");
    if (written.filter(ScalarNode::isUnknown).isPresent()) {
      return;
    }
    if (written.isEmpty()) {
      findings.report(
          selection,
          rule.label() + " has no tagStatus",
          "add \"tagStatus\": \"tagged\", \"untagged\" or \"any\"");
      return;
    }
    Optional<TagStatus> status =
        written.filter(ScalarNode::isString).flatMap(s -> TagStatus.parse(s.text()));
    if (status.isEmpty()) {
      findings.report(
          written.get(),
          rule.label() + " has tagStatus " + quoted(written.get()),
          "use \"tagged\", \"untagged\" or \"any\" (lower case)");
      return;
    }
    Optional<ObjectNode.Member> prefixes = selection.member("tagPrefixList");
    Optional<ObjectNode.Member> patterns = selection.member("tagPatternList");
    prefixes.ifPresent(m -> list(rule, m, findings));
    patterns.ifPresent(m -> list(rule, m, findings));
    switch (status.get()) {
      case TAGGED:
        if (prefixes.isEmpty() && patterns.isEmpty()) {
          findings.report(
              written.get(),
              rule.label() + " selects tagged images but has no tagPrefixList or tagPatternList",
              "add \"tagPatternList\": [\"*\"] for every tagged image, or list the tags to act on");
        } else if (prefixes.isPresent() && patterns.isPresent()) {
          findings.reportKey(
              patterns.get(),
              rule.label() + " has both tagPrefixList and tagPatternList; ECR takes one",
              "keep one list: a prefix p is the pattern p*");
        }
        break;
      case UNTAGGED:
        for (ObjectNode.Member list :
            new ObjectNode.Member[] {prefixes.orElse(null), patterns.orElse(null)}) {
          if (list != null) {
            findings.reportKey(
                list,
                rule.label() + " selects untagged images but has " + list.key(),
                "remove " + list.key() + ", or set tagStatus to \"tagged\"");
          }
        }
        break;
      default:
        // tagStatus any: ECR reads the tag lists only for tagged rules, so this one still acts
        // on every image; a warning, since ECR may accept the policy as written.
        for (ObjectNode.Member list :
            new ObjectNode.Member[] {prefixes.orElse(null), patterns.orElse(null)}) {
          if (list != null) {
            findings.reportKey(
                Severity.WARNING,
                list,
                rule.label()
                    + " selects any image, so ECR ignores its "
                    + list.key()
                    + " and the rule acts on every image, tagged or not",
                "remove "
                    + list.key()
                    + ", or set tagStatus to \"tagged\" to act on those tags only");
          }
        }
        break;
    }
  }

  private static void list(PolicyRuleNode rule, ObjectNode.Member member, Findings findings) {
    Node value = member.value();
    if (value.isNull()) {
      return;
    }
    if (!(value instanceof ArrayNode array)) {
      findings.report(
          value,
          rule.label() + "'s " + member.key() + " is a " + value.typeName() + ", not a list",
          "write [\"" + (value instanceof ScalarNode s ? s.text() : "prod") + "\"]");
      return;
    }
    if (array.elements().isEmpty()) {
      findings.report(
          array, rule.label() + "'s " + member.key() + " is empty", "list at least one tag");
    }
    for (Node element : array.elements()) {
      if (!(element instanceof ScalarNode s) || !s.isString() || s.text().isEmpty()) {
        findings.report(
            element,
            rule.label()
                + "'s "
                + member.key()
                + " holds "
                + element.typeName()
                + " "
                + text(element),
            "each entry must be a non-empty string");
      }
    }
  }

  private static String text(Node node) {
    return node instanceof ScalarNode s ? "\"" + s.text() + "\"" : "";
  }

  private static String quoted(ScalarNode node) {
    return node.isString() ? "\"" + node.text() + "\"" : node.text();
  }
}
