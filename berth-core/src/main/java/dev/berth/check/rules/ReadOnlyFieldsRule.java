package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ObjectNode;

/**
 * ECS017: fields that describe-task-definition returns but registration does not take
 * (taskDefinitionArn, revision, status, requiresAttributes, compatibilities, registeredAt,
 * registeredBy, deregisteredAt): {@code aws ecs register-task-definition --cli-input-json} stops at
 * the first one. The list comes from the SDK's model, not from here.
 */
public final class ReadOnlyFieldsRule extends TaskDefinitionRule {

  public ReadOnlyFieldsRule() {
    super(
        "ECS017",
        Severity.ERROR,
        "Read-only fields from describe-task-definition are rejected by registration",
        Docs.REGISTER_TASK_DEFINITION);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    td.describeWrapper()
        .ifPresent(
            wrapper ->
                findings.reportKey(
                    wrapper,
                    "the file is describe-task-definition output: registration takes the object"
                        + " inside \"taskDefinition\", not the wrapper",
                    "save only the inner object (for example with jq '.taskDefinition')"));
    for (ObjectNode.Member member : td.node().entries()) {
      if (isReadOnly(member.key()) && !member.value().isNull()) {
        findings.reportKey(
            member,
            member.key()
                + " is set by ECS and returned by describe-task-definition; registration rejects"
                + " it (Unknown parameter / Unexpected key)",
            "remove \"" + member.key() + "\"");
      }
    }
  }

  /** True for a field ECS returns on a task definition but does not accept on registration. */
  static boolean isReadOnly(String key) {
    return TaskDefinition.DESCRIBED_SHAPE.fields().containsKey(key)
        && !TaskDefinition.REGISTER_SHAPE.fields().containsKey(key);
  }
}
