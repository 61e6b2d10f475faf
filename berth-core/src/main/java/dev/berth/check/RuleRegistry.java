package dev.berth.check;

import dev.berth.check.rules.AwslogsOptions;
import dev.berth.check.rules.LifecycleAllTagsMustMatch;
import dev.berth.check.rules.LifecycleAnyRuleLast;
import dev.berth.check.rules.LifecycleCount;
import dev.berth.check.rules.LifecycleDescriptionNumbers;
import dev.berth.check.rules.LifecyclePolicyStructure;
import dev.berth.check.rules.LifecycleRegexPattern;
import dev.berth.check.rules.LifecycleRulePriority;
import dev.berth.check.rules.LifecycleShadowedRule;
import dev.berth.check.rules.LifecycleStorageAndAction;
import dev.berth.check.rules.LifecycleTagSelection;
import dev.berth.check.rules.LifecycleWildcards;
import java.util.List;

/** Every rule berth has, in ID order. */
public final class RuleRegistry {

  private static final List<Rule> ALL =
      List.of(
          new AwslogsOptions(),
          new LifecyclePolicyStructure(),
          new LifecycleRulePriority(),
          new LifecycleTagSelection(),
          new LifecycleAnyRuleLast(),
          new LifecycleCount(),
          new LifecycleStorageAndAction(),
          new LifecycleWildcards(),
          new LifecycleRegexPattern(),
          new LifecycleShadowedRule(),
          new LifecycleAllTagsMustMatch(),
          new LifecycleDescriptionNumbers());

  private RuleRegistry() {}

  public static List<Rule> all() {
    return ALL;
  }

  /** The rules whose ID starts with {@code prefix}, such as "ECR". */
  public static List<Rule> withPrefix(String prefix) {
    return ALL.stream().filter(r -> r.id().startsWith(prefix)).toList();
  }
}
