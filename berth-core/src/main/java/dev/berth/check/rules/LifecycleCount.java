package dev.berth.check.rules;

import dev.berth.check.Findings;
import dev.berth.check.LifecyclePolicyRule;
import dev.berth.check.Severity;
import dev.berth.ecr.CountType;
import dev.berth.ecr.LifecyclePolicy;
import dev.berth.ecr.PolicyRuleNode;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.Optional;

/**
 * ECR005: {@code countType} is one ECR documents, {@code countNumber} is a positive integer, and
 * {@code countUnit} is {@code days} for the age counts and absent for {@code imageCountMoreThan}.
 */
public final class LifecycleCount implements LifecyclePolicyRule {

  @Override
  public String id() {
    return "ECR005";
  }

  @Override
  public String title() {
    return "The countType, countUnit and countNumber form a count ECR accepts";
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
      rule.selection().ifPresent(selection -> check(rule, selection, findings));
    }
  }

  private static void check(PolicyRuleNode rule, ObjectNode selection, Findings findings) {
    Optional<ScalarNode> type = selection.scalar("countType");
    boolean typeUnknown = type.filter(ScalarNode::isUnknown).isPresent();
    Optional<CountType> count = rule.countType();
    if (type.isEmpty()) {
      findings.report(
          selection,
          rule.label() + " has no countType",
          "add \"countType\": \"imageCountMoreThan\" or \"sinceImagePushed\"");
    } else if (count.isEmpty() && !typeUnknown) {
      findings.report(
          type.get(),
          rule.label() + " has countType \"" + type.get().text() + "\", which ECR does not know",
          "use imageCountMoreThan, sinceImagePushed, sinceImagePulled or sinceImageTransitioned");
    }

    Optional<ScalarNode> number = selection.scalar("countNumber");
    if (number.filter(ScalarNode::isUnknown).isPresent()) {
      // A templating placeholder: known only once the template is filled in.
    } else if (number.isEmpty()) {
      findings.report(selection, rule.label() + " has no countNumber", "add \"countNumber\"");
    } else if (!number.get().isNumber() || number.get().asLong().isEmpty()) {
      findings.report(
          number.get(),
          rule.label() + "'s countNumber is " + number.get().typeName() + " " + number.get().text(),
          number
              .get()
              .asLong()
              .map(n -> "write " + n + " without quotes")
              .orElse("write an integer"));
    } else if (number.get().asLong().get() < 1) {
      findings.report(
          number.get(),
          rule.label() + "'s countNumber is " + number.get().text() + "; ECR takes 1 or more",
          "use 1 or more");
    }

    Optional<ObjectNode.Member> unit = selection.member("countUnit");
    if (count.isEmpty()) {
      return;
    }
    if (count.get().isAge()) {
      if (unit.isEmpty()) {
        findings.report(
            type.orElseThrow(),
            rule.label() + " counts " + count.get().wire() + " but has no countUnit",
            "add \"countUnit\": \"days\"");
      } else if (!(unit.get().value() instanceof ScalarNode s && "days".equals(s.text()))) {
        findings.report(
            unit.get().value(),
            rule.label() + "'s countUnit is not \"days\"",
            "write \"countUnit\": \"days\", the only unit ECR takes");
      }
    } else if (unit.isPresent()) {
      findings.reportKey(
          unit.get(),
          rule.label() + " sets countUnit with imageCountMoreThan; ECR rejects it",
          "remove countUnit: imageCountMoreThan counts images, not days");
    }
  }
}
