package dev.berth.diagnose;

import dev.berth.source.ArrayNode;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reading AWS CLI output: optional members, lists, and quotes that say where a value stands. */
final class Json {

  private Json() {}

  static Optional<String> text(ObjectNode node, String key) {
    return node.scalar(key).filter(s -> s.isString() || s.isNumber()).map(ScalarNode::text);
  }

  static Optional<Long> number(ObjectNode node, String key) {
    return node.scalar(key).flatMap(ScalarNode::asLong);
  }

  static Optional<Boolean> flag(ObjectNode node, String key) {
    return node.scalar(key).flatMap(ScalarNode::asBoolean);
  }

  static Stream<ObjectNode> objects(ObjectNode node, String key) {
    return node.array(key).stream().flatMap(ArrayNode::objects);
  }

  static List<String> strings(ObjectNode node, String key) {
    Optional<Node> value = node.get(key);
    if (value.isPresent() && value.get() instanceof ScalarNode s && s.isString()) {
      return List.of(s.text());
    }
    return node.array(key).stream().flatMap(ArrayNode::strings).map(ScalarNode::text).toList();
  }

  /** "describe-tasks.json:12:9 /tasks/0/stopCode "TaskFailedToStart"": where and what. */
  static String quote(ScalarNode value) {
    return value.position() + " " + value.pointer() + " " + Messages.quote(value.text());
  }

  /** The quote of {@code key} in {@code node}, or the plain fallback when absent. */
  static String quote(ObjectNode node, String key) {
    return node.scalar(key)
        .map(Json::quote)
        .orElse(node.position() + " " + node.pointer() + "/" + key + " (absent)");
  }
}
