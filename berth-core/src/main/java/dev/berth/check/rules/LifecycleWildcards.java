package dev.berth.check.rules;

import dev.berth.check.Findings;
import dev.berth.check.LifecyclePolicyRule;
import dev.berth.check.Severity;
import dev.berth.ecr.LifecyclePolicy;
import dev.berth.ecr.PolicyRuleNode;
import dev.berth.ecr.TagPattern;
import dev.berth.source.ArrayNode;
import dev.berth.source.ScalarNode;

/**
 * ECR007: a {@code tagPatternList} entry has at most four {@code *} wildcards; a {@code
 * tagPrefixList} entry is a plain prefix, and a {@code *} in it belongs in {@code tagPatternList}.
 */
public final class LifecycleWildcards implements LifecyclePolicyRule {

  /** The most wildcards ECR takes in one tag pattern. */
  static final int MAX_WILDCARDS = 4;

  @Override
  public String id() {
    return "ECR007";
  }

  @Override
  public String title() {
    return "Tag patterns stay within four wildcards; prefixes have none";
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
      rule.list("tagPatternList").stream()
          .flatMap(ArrayNode::strings)
          .filter(entry -> !entry.hasPlaceholder())
          .forEach(
              entry -> {
                int wildcards = TagPattern.of(entry.text()).wildcards();
                if (wildcards > MAX_WILDCARDS) {
                  findings.report(
                      entry,
                      rule.label()
                          + "'s tag pattern \""
                          + entry.text()
                          + "\" has "
                          + wildcards
                          + " wildcards; ECR takes at most "
                          + MAX_WILDCARDS
                          + " per pattern",
                      "merge neighbouring * or split the pattern across rules");
                }
              });
      rule.list("tagPrefixList").stream()
          .flatMap(ArrayNode::strings)
          .filter(entry -> !entry.hasPlaceholder())
          .filter(entry -> entry.text().contains("*"))
          .forEach(entry -> prefixWithWildcard(rule, entry, findings));
    }
  }

  private static void prefixWithWildcard(PolicyRuleNode rule, ScalarNode entry, Findings findings) {
    findings.report(
        Severity.WARNING,
        entry,
        rule.label()
            + "'s tag prefix \""
            + entry.text()
            + "\" contains *, but tagPrefixList matches the start of a tag as written",
        "use \"tagPatternList\": [\"" + entry.text() + "\"] for a wildcard");
  }
}
