package dev.berth.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the position-keeping {@link Node} tree from a Jackson parser, JSON or YAML alike. A reader
 * that treats some values specially (YAML tags) hands in its own way to read a child.
 */
final class TreeBuilder {

  /** Reads the value at the parser's current token, with its pointer. */
  @FunctionalInterface
  interface ChildReader {
    Node read(String pointer) throws IOException;
  }

  private final JsonParser parser;
  private final String file;

  TreeBuilder(JsonParser parser, String file) {
    this.parser = parser;
    this.file = file;
  }

  /** Where the parser's current token starts. */
  SourcePosition here() {
    return position(file, parser.currentTokenLocation());
  }

  /** The value at the current token; its members and elements are read by {@code children}. */
  Node value(String pointer, SourcePosition at, ChildReader children) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, ObjectNode.Member> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          SourcePosition keyAt = here();
          String memberPointer = Pointers.child(pointer, key);
          parser.nextToken();
          Node value = children.read(memberPointer);
          // A repeated key keeps the last value, as the AWS CLI's JSON parser does.
          members.remove(key);
          members.put(key, new ObjectNode.Member(key, keyAt, memberPointer, value));
        }
        return new ObjectNode(members, pointer, at);
      case START_ARRAY:
        List<Node> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(children.read(Pointers.child(pointer, elements.size())));
        }
        return new ArrayNode(elements, pointer, at);
      case VALUE_STRING:
        return new ScalarNode(ScalarNode.Kind.STRING, parser.getText(), pointer, at);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new ScalarNode(ScalarNode.Kind.NUMBER, parser.getText(), pointer, at);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new ScalarNode(ScalarNode.Kind.BOOLEAN, parser.getText(), pointer, at);
      case VALUE_NULL:
        return new ScalarNode(ScalarNode.Kind.NULL, "null", pointer, at);
      default:
        throw new JsonProcessingException("unexpected " + token, parser.currentTokenLocation()) {};
    }
  }

  static SourcePosition position(String file, JsonLocation location) {
    return new SourcePosition(
        file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }
}
