package dev.berth.check.rules;

import dev.berth.model.ApiShape;
import dev.berth.model.ApiType;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ArrayNode;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Walks a document alongside the API shape it is meant to have, reporting keys the shape does not
 * know and values of the wrong JSON type. Nulls and placeholders are skipped: they say nothing.
 */
final class ApiModelWalk {

  /** What the walk reports. */
  interface Visitor {
    void unknownKey(ObjectNode.Member member, ApiShape shape);

    void wrongType(Node value, ApiType expected);

    /** A scalar of the right JSON type, for rules that look at the value itself. */
    default void scalar(ScalarNode value, ApiType.Scalar type) {}
  }

  private final Visitor visitor;

  ApiModelWalk(Visitor visitor) {
    this.visitor = visitor;
  }

  /** One thing the walk met, kept so that several rules can share one walk. */
  private sealed interface Event {}

  private record UnknownKey(ObjectNode.Member member, ApiShape shape) implements Event {}

  private record WrongType(Node value, ApiType expected) implements Event {}

  private record TypedScalar(ScalarNode value, ApiType.Scalar type) implements Event {}

  /**
   * Walks of task definitions against the registration shape, shared by the rules that read them
   * (ECS018, ECS019, ECS020): a document is walked once however many rules look. Weak keys, so a
   * long-lived process (the MCP server) does not keep old documents alive.
   */
  private static final Map<TaskDefinition, List<Event>> WALKS =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** Replays the walk of {@code td}'s members against the registration shape to {@code visitor}. */
  static void replay(TaskDefinition td, Visitor visitor) {
    List<Event> events = WALKS.get(td);
    if (events == null) {
      List<Event> recorded = new ArrayList<>();
      new ApiModelWalk(
              new Visitor() {
                @Override
                public void unknownKey(ObjectNode.Member member, ApiShape shape) {
                  recorded.add(new UnknownKey(member, shape));
                }

                @Override
                public void wrongType(Node value, ApiType expected) {
                  recorded.add(new WrongType(value, expected));
                }

                @Override
                public void scalar(ScalarNode value, ApiType.Scalar type) {
                  recorded.add(new TypedScalar(value, type));
                }
              })
          .walkMembers(td.node(), TaskDefinition.REGISTER_SHAPE, Set.of());
      // Computed outside the lock, so rules on other documents never wait for this one.
      WALKS.putIfAbsent(td, List.copyOf(recorded));
      events = WALKS.get(td);
    }
    for (Event event : events) {
      if (event instanceof UnknownKey unknown) {
        visitor.unknownKey(unknown.member(), unknown.shape());
      } else if (event instanceof WrongType wrong) {
        visitor.wrongType(wrong.value(), wrong.expected());
      } else if (event instanceof TypedScalar typed) {
        visitor.scalar(typed.value(), typed.type());
      }
    }
  }

  /** Walks the members of {@code object} as fields of {@code shape}, skipping {@code ignored}. */
  void walkMembers(ObjectNode object, ApiShape shape, java.util.Set<String> ignored) {
    for (ObjectNode.Member member : object.entries()) {
      if (ignored.contains(member.key())) {
        continue;
      }
      ApiType type = shape.fields().get(member.key());
      if (type == null) {
        visitor.unknownKey(member, shape);
        continue;
      }
      walk(member.value(), type);
    }
  }

  private void walk(Node value, ApiType type) {
    if (value.isNull() || (value instanceof ScalarNode s && s.isUnknown())) {
      return;
    }
    if (type instanceof ApiType.Structure structure) {
      if (value instanceof ObjectNode object) {
        walkMembers(object, structure.shape(), java.util.Set.of());
      } else {
        visitor.wrongType(value, type);
      }
    } else if (type instanceof ApiType.ListOf list) {
      if (value instanceof ArrayNode array) {
        for (int i = 0; i < array.elements().size(); i++) {
          walk(array.elements().get(i), list.element());
        }
      } else {
        visitor.wrongType(value, type);
      }
    } else if (type instanceof ApiType.MapOf map) {
      if (value instanceof ObjectNode object) {
        for (ObjectNode.Member member : object.entries()) {
          walk(member.value(), map.value());
        }
      } else {
        visitor.wrongType(value, type);
      }
    } else if (type instanceof ApiType.Scalar scalar) {
      if (!matches(value, scalar.kind())) {
        visitor.wrongType(value, type);
      } else {
        visitor.scalar((ScalarNode) value, scalar);
      }
    }
  }

  /**
   * The field path of a value as the AWS CLI names it in its errors: {@code
   * containerDefinitions[0].environment[1].value}, from the pointer {@code
   * /containerDefinitions/0/environment/1/value}.
   */
  static String fieldPath(String pointer, String base) {
    String relative = pointer.startsWith(base) ? pointer.substring(base.length()) : pointer;
    StringBuilder path = new StringBuilder();
    for (String token : relative.split("/")) {
      if (token.isEmpty()) {
        continue;
      }
      String name = token.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit)) {
        path.append('[').append(name).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(name);
      }
    }
    return path.toString();
  }

  private static boolean matches(Node value, ApiType.Kind kind) {
    if (!(value instanceof ScalarNode scalar)) {
      return false;
    }
    switch (kind) {
      case STRING:
      case BLOB:
        return scalar.isString();
      case INTEGER:
        return scalar.isNumber() && scalar.asLong().isPresent();
      case DECIMAL:
        return scalar.isNumber();
      case BOOLEAN:
        return scalar.isBoolean();
      case TIMESTAMP:
        return scalar.isString() || scalar.isNumber();
      default:
        return true;
    }
  }
}
