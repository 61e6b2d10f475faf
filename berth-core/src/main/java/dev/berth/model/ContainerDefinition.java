package dev.berth.model;

import dev.berth.source.ArrayNode;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.Optional;
import java.util.stream.Stream;

/** One entry of a task definition's {@code containerDefinitions}. */
public record ContainerDefinition(ObjectNode node) {

  public Optional<String> name() {
    return node.scalar("name").filter(ScalarNode::isString).map(ScalarNode::text);
  }

  /** The container's name for messages: its name, or its position when it has none. */
  public String label() {
    return name().map(n -> "'" + n + "'").orElse("at " + node.pointer());
  }

  public Optional<ScalarNode> image() {
    return node.scalar("image").filter(ScalarNode::isString);
  }

  /** {@code essential} as written; ECS treats a container without it as essential. */
  public boolean isEssential() {
    return node.scalar("essential").flatMap(ScalarNode::asBoolean).orElse(true);
  }

  /** An integer member (memory, cpu, stopTimeout…) when written as a JSON number. */
  public Optional<ScalarNode> integer(String key) {
    return node.scalar(key).filter(s -> s.isNumber() && s.asLong().isPresent());
  }

  public Optional<Boolean> flag(String key) {
    return node.scalar(key).flatMap(ScalarNode::asBoolean);
  }

  public Stream<ObjectNode> objects(String arrayKey) {
    return node.array(arrayKey).stream().flatMap(ArrayNode::objects);
  }

  public Optional<ObjectNode> logConfiguration() {
    return node.object("logConfiguration");
  }

  public Optional<String> logDriver() {
    return logConfiguration().flatMap(log -> log.knownString("logDriver"));
  }
}
