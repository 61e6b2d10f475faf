package dev.berth.check.rules;

import dev.berth.check.Findings;
import dev.berth.check.LifecyclePolicyRule;
import dev.berth.check.Severity;
import dev.berth.ecr.ActionType;
import dev.berth.ecr.CountType;
import dev.berth.ecr.LifecyclePolicy;
import dev.berth.ecr.PolicyRuleNode;
import dev.berth.ecr.StorageClass;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.Optional;

/**
 * ECR006: the action is {@code expire} or {@code transition} (to {@code targetStorageClass:
 * archive}); {@code storageClass} is standard or archive and fits the count and the action; an
 * archived image cannot be expired before it has been in archive for 90 days.
 */
public final class LifecycleStorageAndAction implements LifecyclePolicyRule {

  /** Archived images have a minimum storage duration of 90 days. */
  static final int ARCHIVE_MINIMUM_DAYS = 90;

  @Override
  public String id() {
    return "ECR006";
  }

  @Override
  public String title() {
    return "Action and storage class form a transition or expiry ECR accepts";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String source() {
    return RuleSources.ARCHIVE;
  }

  @Override
  public void check(LifecyclePolicy policy, Findings findings) {
    for (PolicyRuleNode rule : policy.ruleNodes()) {
      Optional<ActionType> action = action(rule, findings);
      Optional<StorageClass> storage = storage(rule, findings);
      if (action.isEmpty() || storage.isEmpty()) {
        continue;
      }
      Optional<CountType> count = rule.countType();
      Node at = rule.selection().flatMap(s -> s.get("storageClass")).orElse(rule.node());
      if (count.filter(CountType.SINCE_IMAGE_TRANSITIONED::equals).isPresent()) {
        if (storage.get() != StorageClass.ARCHIVE) {
          findings.report(
              at,
              rule.label() + " counts sinceImageTransitioned over standard images",
              "add \"storageClass\": \"archive\": only archived images have a transition time");
        }
      } else if (count.isPresent() && storage.get() == StorageClass.ARCHIVE) {
        findings.report(
            at,
            rule.label() + " selects archived images with " + count.get().wire(),
            "count archived images with sinceImageTransitioned");
      }
      if (action.get() == ActionType.TRANSITION && storage.get() == StorageClass.ARCHIVE) {
        findings.report(
            rule.action().orElseThrow(),
            rule.label() + " transitions images that are already archived",
            "select standard images, or expire the archived ones");
      }
      if (action.get() == ActionType.EXPIRE
          && storage.get() == StorageClass.ARCHIVE
          && count.filter(CountType.SINCE_IMAGE_TRANSITIONED::equals).isPresent()) {
        rule.countNumber()
            .filter(days -> days < ARCHIVE_MINIMUM_DAYS)
            .ifPresent(
                days ->
                    findings.report(
                        rule.selection().flatMap(s -> s.get("countNumber")).orElseThrow(),
                        rule.label()
                            + " expires archived images after "
                            + days
                            + " days; archived images stay at least "
                            + ARCHIVE_MINIMUM_DAYS
                            + " days",
                        "use a countNumber of " + ARCHIVE_MINIMUM_DAYS + " or more"));
      }
    }
  }

  private static Optional<ActionType> action(PolicyRuleNode rule, Findings findings) {
    Optional<ObjectNode> action = rule.action();
    if (action.isEmpty()) {
      return Optional.empty();
    }
    Optional<ScalarNode> type = action.get().scalar("type");
    if (type.filter(ScalarNode::isUnknown).isPresent()) {
      return Optional.empty();
    }
    if (type.isEmpty()) {
      findings.report(
          action.get(), rule.label() + "'s action has no type", "add \"type\": \"expire\"");
      return Optional.empty();
    }
    Optional<ActionType> parsed = rule.actionType();
    if (parsed.isEmpty()) {
      findings.report(
          type.get(),
          rule.label() + "'s action type \"" + type.get().text() + "\" is not one ECR knows",
          "use \"expire\" or \"transition\" (lower case)");
      return Optional.empty();
    }
    Optional<ScalarNode> target =
        action.get().scalar("targetStorageClass").filter(s -> !s.isUnknown());
    if (parsed.get() == ActionType.TRANSITION) {
      if (target.isEmpty()) {
        findings.report(
            type.get(),
            rule.label() + " transitions images but names no targetStorageClass",
            "add \"targetStorageClass\": \"archive\"");
      } else if (!"archive".equals(target.get().text())) {
        findings.report(
            target.get(),
            rule.label() + "'s targetStorageClass is \"" + target.get().text() + "\"",
            "use \"archive\", the only class a transition goes to");
      }
    } else if (target.isPresent() && !target.get().isNull()) {
      findings.report(
          target.get(),
          rule.label() + " expires images but sets targetStorageClass",
          "remove targetStorageClass, or set the type to \"transition\"");
    }
    return parsed;
  }

  private static Optional<StorageClass> storage(PolicyRuleNode rule, Findings findings) {
    Optional<ScalarNode> written = rule.selection().flatMap(s -> s.scalar("storageClass"));
    if (written.filter(ScalarNode::isUnknown).isPresent()) {
      return Optional.empty();
    }
    Optional<StorageClass> parsed = rule.storageClass();
    if (written.isPresent() && !written.get().isNull() && parsed.isEmpty()) {
      findings.report(
          written.get(),
          rule.label() + "'s storageClass \"" + written.get().text() + "\" is not one ECR knows",
          "use \"standard\" or \"archive\" (lower case)");
    }
    return parsed;
  }
}
