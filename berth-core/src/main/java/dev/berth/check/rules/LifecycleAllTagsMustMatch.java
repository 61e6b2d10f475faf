package dev.berth.check.rules;

import dev.berth.check.Findings;
import dev.berth.check.LifecyclePolicyRule;
import dev.berth.check.Severity;
import dev.berth.ecr.LifecyclePolicy;
import dev.berth.ecr.PolicyRuleNode;
import dev.berth.source.ArrayNode;
import java.util.List;

/**
 * ECR010: a tag list with several entries selects only images that carry a tag for every entry, not
 * images that match any one of them. Worth a second look: a long list of alternatives selects
 * nothing.
 */
public final class LifecycleAllTagsMustMatch implements LifecyclePolicyRule {

  @Override
  public String id() {
    return "ECR010";
  }

  @Override
  public String title() {
    return "Several tag prefixes or patterns in one rule must all match";
  }

  @Override
  public Severity severity() {
    return Severity.NOTE;
  }

  @Override
  public String source() {
    return RuleSources.PARAMETERS;
  }

  @Override
  public void check(LifecyclePolicy policy, Findings findings) {
    for (PolicyRuleNode rule : policy.ruleNodes()) {
      for (String key : new String[] {"tagPrefixList", "tagPatternList"}) {
        // A "*" among other entries still narrows nothing: ["*", "release-*"] selects only images
        // with a release-* tag, so it is reported like any other list of several entries.
        List<String> entries = rule.strings(key).stream().distinct().toList();
        if (entries.size() < 2) {
          continue;
        }
        ArrayNode list = rule.list(key).orElseThrow();
        findings.report(
            list,
            rule.label()
                + " selects only images that have tags matching all of "
                + String.join(", ", entries)
                + ", not any one of them",
            "if any one should do, write one rule per "
                + (key.equals("tagPrefixList") ? "prefix" : "pattern"));
      }
    }
  }
}
