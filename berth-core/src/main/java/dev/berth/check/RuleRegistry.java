package dev.berth.check;

import dev.berth.check.rules.AwslogsOptionsRule;
import dev.berth.check.rules.ContainerCpuRule;
import dev.berth.check.rules.ContainerMemoryRule;
import dev.berth.check.rules.ContainerReferencesRule;
import dev.berth.check.rules.DependsOnRule;
import dev.berth.check.rules.EnumValueRule;
import dev.berth.check.rules.EssentialContainerRule;
import dev.berth.check.rules.ExecutionRoleRule;
import dev.berth.check.rules.FargateLimitsRule;
import dev.berth.check.rules.FargateNetworkModeRule;
import dev.berth.check.rules.FargateTaskSizeRule;
import dev.berth.check.rules.FieldTypeRule;
import dev.berth.check.rules.HealthCheckRule;
import dev.berth.check.rules.HostPortRule;
import dev.berth.check.rules.ImageTagRule;
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
import dev.berth.check.rules.LogConfigurationRule;
import dev.berth.check.rules.LogDeliveryModeRule;
import dev.berth.check.rules.ReadOnlyFieldsRule;
import dev.berth.check.rules.SecretInEnvironmentRule;
import dev.berth.check.rules.SecretValueFromRule;
import dev.berth.check.rules.UnknownFieldRule;
import java.util.List;

/** Every rule berth has, in ID order. */
public final class RuleRegistry {

  private static final List<Rule> ALL =
      List.of(
          new FargateTaskSizeRule(),
          new FargateNetworkModeRule(),
          new HostPortRule(),
          new ContainerMemoryRule(),
          new EssentialContainerRule(),
          new ContainerReferencesRule(),
          new FargateLimitsRule(),
          new ExecutionRoleRule(),
          new SecretValueFromRule(),
          new DependsOnRule(),
          new HealthCheckRule(),
          new AwslogsOptionsRule(),
          new LogConfigurationRule(),
          new LogDeliveryModeRule(),
          new SecretInEnvironmentRule(),
          new ImageTagRule(),
          new ReadOnlyFieldsRule(),
          new UnknownFieldRule(),
          new FieldTypeRule(),
          new EnumValueRule(),
          new ContainerCpuRule(),
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
