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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
    ApiModelWalk.replay(
        td,
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
            // The value itself is never shown: it may be a password written as a number.
            findings.report(
                severity,
                value,
                outOfRange(value, expected)
                    ? path + " is a number too large for an integer field"
                    : path + " must be " + expected.description() + ", not " + article(value),
                fix(value, expected));
          }
        });
  }

  private static String article(Node value) {
    String type = value.typeName();
    return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
  }

  /** An integral number too large for the 64 bits of any ECS integer field. */
  private static boolean outOfRange(Node value, ApiType expected) {
    return value instanceof ScalarNode scalar
        && scalar.isNumber()
        && scalar.asLong().isEmpty()
        && scalar.text().matches("-?\\d+")
        && expected instanceof ApiType.Scalar target
        && target.kind() == ApiType.Kind.INTEGER;
  }

  private static String fix(Node value, ApiType expected) {
    if (outOfRange(value, expected)) {
      return "use a number within the range the ECS API gives for this field";
    }
    if (value instanceof ScalarNode scalar && expected instanceof ApiType.Scalar target) {
      if (target.kind() == ApiType.Kind.STRING && !scalar.isString()) {
        return "put the value in double quotes";
      }
      if (target.kind() == ApiType.Kind.INTEGER && scalar.asLong().isPresent()) {
        return "remove the quotes around the number";
      }
      if (target.kind() == ApiType.Kind.BOOLEAN
          && (scalar.text().equalsIgnoreCase("true") || scalar.text().equalsIgnoreCase("false"))) {
        return "write true or false in lower case, without quotes";
      }
    }
    if (expected instanceof ApiType.ListOf list) {
      return listFix(value, list.element());
    }
    return "write it as " + expected.description();
  }

  /**
   * How to turn a single value into the list the field wants: an object that already has the
   * element's fields is one element and only needs wrapping; a map such as {@code {"team": "web"}}
   * has to become elements of the element's own fields ({@code key}/{@code value} for tags, {@code
   * name}/{@code value} for environment).
   */
  private static String listFix(Node value, ApiType element) {
    if (element instanceof ApiType.Structure structure) {
      ApiShape shape = structure.shape();
      if (value instanceof ObjectNode object
          && !object.entries().isEmpty()
          && object.entries().stream().allMatch(m -> shape.fields().containsKey(m.key()))) {
        return "wrap the object in a list: [ {...} ]";
      }
      List<String> first = shape.fieldNames().stream().limit(2).toList();
      return "write it as a list of "
          + first.stream()
              .map(f -> "\"" + f + "\": ...")
              .collect(Collectors.joining(", ", "{", "}"))
          + " objects ("
          + shape.name()
          + ")";
    }
    if (value instanceof ScalarNode scalar && matchesKind(scalar, element)) {
      return "wrap the value in a list: [ ... ]";
    }
    return "write it as a list of " + plural(element);
  }

  private static boolean matchesKind(ScalarNode scalar, ApiType element) {
    return element instanceof ApiType.Scalar target
        && switch (target.kind()) {
          case STRING, BLOB -> scalar.isString();
          case INTEGER, DECIMAL -> scalar.isNumber();
          case BOOLEAN -> scalar.isBoolean();
          case TIMESTAMP -> scalar.isString() || scalar.isNumber();
        };
  }

  private static String plural(ApiType element) {
    if (element instanceof ApiType.Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> "strings";
        case INTEGER -> "integers";
        case DECIMAL -> "numbers";
        case BOOLEAN -> "booleans";
        case TIMESTAMP -> "timestamps";
        case BLOB -> "base64 strings";
      };
    }
    return element instanceof ApiType.ListOf ? "lists" : "objects";
  }
}
