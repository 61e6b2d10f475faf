package dev.berth.check.rules;

import dev.berth.model.ApiShape;
import dev.berth.model.ApiType;
import dev.berth.source.ArrayNode;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;

/**
 * Walks a document alongside the API shape it is meant to have, reporting keys the shape does not
 * know and values of the wrong JSON type. Nulls and placeholders are skipped: they say nothing.
 */
final class ApiModelWalk {

  /** What the walk reports. */
  interface Visitor {
    void unknownKey(ObjectNode.Member member, ApiShape shape);

    void wrongType(Node value, ApiType expected, String path);
  }

  private final Visitor visitor;

  ApiModelWalk(Visitor visitor) {
    this.visitor = visitor;
  }

  /** Walks the members of {@code object} as fields of {@code shape}, skipping {@code ignored}. */
  void walkMembers(ObjectNode object, ApiShape shape, String path, java.util.Set<String> ignored) {
    for (ObjectNode.Member member : object.entries()) {
      if (ignored.contains(member.key())) {
        continue;
      }
      ApiType type = shape.fields().get(member.key());
      if (type == null) {
        visitor.unknownKey(member, shape);
        continue;
      }
      walk(member.value(), type, path.isEmpty() ? member.key() : path + "." + member.key());
    }
  }

  private void walk(Node value, ApiType type, String path) {
    if (value.isNull() || (value instanceof ScalarNode s && s.isUnknown())) {
      return;
    }
    if (type instanceof ApiType.Structure structure) {
      if (value instanceof ObjectNode object) {
        walkMembers(object, structure.shape(), path, java.util.Set.of());
      } else {
        visitor.wrongType(value, type, path);
      }
    } else if (type instanceof ApiType.ListOf list) {
      if (value instanceof ArrayNode array) {
        for (int i = 0; i < array.elements().size(); i++) {
          walk(array.elements().get(i), list.element(), path + "[" + i + "]");
        }
      } else {
        visitor.wrongType(value, type, path);
      }
    } else if (type instanceof ApiType.MapOf map) {
      if (value instanceof ObjectNode object) {
        for (ObjectNode.Member member : object.entries()) {
          walk(member.value(), map.value(), path + "." + member.key());
        }
      } else {
        visitor.wrongType(value, type, path);
      }
    } else if (type instanceof ApiType.Scalar scalar && !matches(value, scalar.kind())) {
      visitor.wrongType(value, type, path);
    }
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
