package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.ApiShape;
import dev.berth.model.ApiType;
import dev.berth.model.TaskDefinition;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.Set;

/**
 * ECS019: every value must have the JSON type its field has in the ECS API (the AWS SDK's model):
 * {@code tags} a list, {@code containerPort} a number, log options strings. Task-level cpu and
 * memory written as numbers are only a warning: ECS takes them as strings, and the AWS CLI refuses
 * a number there, but other tools convert them.
 */
public final class FieldTypeRule extends TaskDefinitionRule {

  private static final Set<String> LENIENT = Set.of("cpu", "memory");

  public FieldTypeRule() {
    super(
        "ECS019",
        Severity.ERROR,
        "Values must have the type the ECS API defines",
        Docs.REGISTER_TASK_DEFINITION);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    new ApiModelWalk(
            new ApiModelWalk.Visitor() {
              @Override
              public void unknownKey(ObjectNode.Member member, ApiShape shape) {}

              @Override
              public void wrongType(Node value, ApiType expected) {
                String path = ApiModelWalk.fieldPath(value.pointer(), td.node().pointer());
                boolean numberForString =
                    value instanceof ScalarNode s
                        && s.isNumber()
                        && expected instanceof ApiType.Scalar scalar
                        && scalar.kind() == ApiType.Kind.STRING;
                Severity severity =
                    numberForString && LENIENT.contains(path) ? Severity.WARNING : Severity.ERROR;
                findings.report(
                    severity,
                    value,
                    path
                        + " must be "
                        + expected.description()
                        + ", not "
                        + article(value)
                        + shown(value),
                    fix(value, expected));
              }
            })
        .walkMembers(td.node(), TaskDefinition.REGISTER_SHAPE, Set.of());
  }

  private static String article(Node value) {
    String type = value.typeName();
    return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
  }

  private static String shown(Node value) {
    if (value instanceof ScalarNode scalar && scalar.kind() != ScalarNode.Kind.STRING) {
      return " (" + scalar.text() + ")";
    }
    return "";
  }

  private static String fix(Node value, ApiType expected) {
    if (value instanceof ScalarNode scalar && expected instanceof ApiType.Scalar target) {
      if (target.kind() == ApiType.Kind.STRING) {
        return "quote it: \"" + scalar.text() + "\"";
      }
      if (target.kind() == ApiType.Kind.INTEGER && scalar.asLong().isPresent()) {
        return "remove the quotes: " + scalar.asLong().get();
      }
      if (target.kind() == ApiType.Kind.BOOLEAN
          && (scalar.text().equalsIgnoreCase("true") || scalar.text().equalsIgnoreCase("false"))) {
        return "write it without quotes: " + scalar.text().toLowerCase(java.util.Locale.ROOT);
      }
    }
    if (expected instanceof ApiType.ListOf && value instanceof ObjectNode) {
      return "write it as a list of {\"key\": ..., \"value\": ...} objects";
    }
    return "write it as " + expected.description();
  }
}
