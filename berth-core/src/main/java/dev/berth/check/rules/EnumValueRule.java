package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ApiShape;
import dev.berth.model.ApiType;
import dev.berth.model.SecretLooking;
import dev.berth.model.TaskDefinition;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.Optional;

/**
 * ECS020: a field that the ECS API restricts to a set of values ({@code networkMode}, {@code
 * requiresCompatibilities}, {@code protocol}, {@code logDriver}, a dependsOn {@code condition}...)
 * must hold one of them, spelt exactly: ECS compares them case-sensitively. The values come from
 * the AWS SDK's generated enums, so they follow the SDK version berth is built with.
 */
public final class EnumValueRule extends TaskDefinitionRule {

  public EnumValueRule() {
    super(
        "ECS020",
        Severity.ERROR,
        "Enum values must be ones the ECS API defines",
        Docs.REGISTER_TASK_DEFINITION);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    ApiModelWalk.replay(
        td,
        new ApiModelWalk.Visitor() {
          @Override
          public void unknownKey(ObjectNode.Member member, ApiShape shape) {}

          @Override
          public void wrongType(Node value, ApiType expected) {}

          @Override
          public void scalar(ScalarNode value, ApiType.Scalar type) {
            if (type.enumValues().isEmpty()
                || !value.isString()
                || value.hasPlaceholder()
                || type.enumValues().contains(value.text())) {
              return;
            }
            report(td, value, type, findings);
          }
        });
  }

  private static void report(
      TaskDefinition td, ScalarNode value, ApiType.Scalar type, Findings findings) {
    String path = ApiModelWalk.fieldPath(value.pointer(), td.node().pointer());
    Optional<String> sameButCase =
        type.enumValues().stream()
            .filter(v -> v.equalsIgnoreCase(value.text().strip()))
            .findFirst();
    String list = String.join(", ", type.enumValues());
    // An enum field holds no secret, but a value pasted into the wrong field might.
    String shown =
        SecretLooking.isSecretValue(value.text()) ? SecretLooking.redacted() : value.text();
    if (sameButCase.isPresent()) {
      findings.report(
          value,
          path
              + " is '"
              + shown
              + "', which ECS does not accept: it compares values exactly, and the API spells"
              + " this one '"
              + sameButCase.get()
              + "'",
          "write \"" + sameButCase.get() + "\"");
      return;
    }
    findings.report(
        value,
        path + " is '" + shown + "', which is not a value ECS defines for this field",
        "use one of: " + list);
  }
}
