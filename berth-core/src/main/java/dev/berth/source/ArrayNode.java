package dev.berth.source;

import java.util.List;
import java.util.stream.Stream;

/** A JSON array. */
public record ArrayNode(List<Node> elements, String pointer, SourcePosition position)
    implements Node {

  public ArrayNode {
    elements = List.copyOf(elements);
  }

  @Override
  public String typeName() {
    return "array";
  }

  /** The elements that are objects, in order; other elements are skipped. */
  public Stream<ObjectNode> objects() {
    return elements.stream().filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
  }

  /** The elements that are strings, in order. */
  public Stream<ScalarNode> strings() {
    return elements.stream()
        .filter(ScalarNode.class::isInstance)
        .map(ScalarNode.class::cast)
        .filter(ScalarNode::isString);
  }
}
