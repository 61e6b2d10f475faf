package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ApiShape;
import dev.berth.model.ApiType;
import dev.berth.model.Spelling;
import dev.berth.model.TaskDefinition;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ECS018: every key must be a field of the ECS API shape it sits in, as the AWS SDK's model defines
 * it; a misspelt or mis-cased key is rejected by registration.
 */
public final class UnknownFieldRule extends TaskDefinitionRule {

  public UnknownFieldRule() {
    super(
        "ECS018",
        Severity.ERROR,
        "Keys must be fields of the ECS API",
        Docs.REGISTER_TASK_DEFINITION);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    Set<String> readOnly =
        td.node().members().keySet().stream()
            .filter(ReadOnlyFieldsRule::isReadOnly)
            .collect(Collectors.toSet());
    ApiModelWalk.replay(
        td,
        new ApiModelWalk.Visitor() {
          @Override
          public void unknownKey(ObjectNode.Member member, ApiShape shape) {
            // Read-only fields at the top are ECS017's.
            if (shape == TaskDefinition.REGISTER_SHAPE && readOnly.contains(member.key())) {
              return;
            }
            String suggestion =
                Spelling.closest(member.key(), shape.fieldNames())
                    .map(name -> "did you mean \"" + name + "\"?")
                    .orElse("the fields of " + shape.name() + " are " + list(shape));
            findings.reportKey(
                member, "\"" + member.key() + "\" is not a field of " + shape.name(), suggestion);
          }

          @Override
          public void wrongType(Node value, ApiType expected) {}
        });
  }

  private static String list(ApiShape shape) {
    return String.join(", ", shape.fieldNames());
  }
}
