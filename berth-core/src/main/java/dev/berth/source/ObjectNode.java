package dev.berth.source;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A JSON object whose members keep the position of their keys, in the order written. */
public record ObjectNode(Map<String, Member> members, String pointer, SourcePosition position)
    implements Node {

  /** One key and its value; the key's own position is where a finding about the key points. */
  public record Member(String key, SourcePosition keyPosition, String pointer, Node value) {}

  public ObjectNode {
    members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
  }

  @Override
  public String typeName() {
    return "object";
  }

  public Collection<Member> entries() {
    return members.values();
  }

  public Optional<Member> member(String key) {
    return Optional.ofNullable(members.get(key));
  }

  /** The value under {@code key}, absent when missing or JSON null. */
  public Optional<Node> get(String key) {
    Member member = members.get(key);
    if (member == null || member.value().isNull()) {
      return Optional.empty();
    }
    return Optional.of(member.value());
  }

  public Optional<ScalarNode> scalar(String key) {
    return get(key).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
  }

  /** A string member's text; absent when missing, null, not a string, or a placeholder. */
  public Optional<String> knownString(String key) {
    return scalar(key).filter(s -> s.isString() && !s.isUnknown()).map(ScalarNode::text);
  }

  public Optional<ObjectNode> object(String key) {
    return get(key).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
  }

  public Optional<ArrayNode> array(String key) {
    return get(key).filter(ArrayNode.class::isInstance).map(ArrayNode.class::cast);
  }
}
