package dev.berth.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML text into the same {@link Node} tree as {@link JsonSourceReader}, every value keeping
 * its file, line and column. CloudFormation's short-form tags ({@code !Ref x}, {@code !Sub ...},
 * {@code !GetAtt a.b}) become their long JSON form ({@code {"Ref": "x"}}, {@code {"Fn::Sub":
 * ...}}), so a reader of templates sees one shape whichever syntax the author used; what such a
 * value resolves to is unknown until deployment.
 */
public final class YamlSourceReader {

  private static final YAMLFactory FACTORY =
      YAMLFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  private YamlSourceReader() {}

  /** Parses the first YAML document in {@code text}, naming {@code file} in every position. */
  public static Node read(String file, String text) throws SourceSyntaxException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try (YAMLParser parser = FACTORY.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new SourceSyntaxException(new SourcePosition(file, 1, 1), "the file is empty", null);
      }
      return readValue(parser, file, "");
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      SourcePosition position =
          where == null ? new SourcePosition(file, 1, 1) : position(file, where);
      throw new SourceSyntaxException(position, reason(e), e);
    } catch (IOException e) {
      throw new SourceSyntaxException(new SourcePosition(file, 1, 1), e.getMessage(), e);
    }
  }

  private static Node readValue(YAMLParser parser, String file, String pointer) throws IOException {
    SourcePosition at = position(file, parser.currentTokenLocation());
    String tag = parser.getTypeId();
    String intrinsic = CloudFormationTags.longForm(tag);
    if (intrinsic != null) {
      // The tagged value becomes the only member of an object named after the function.
      String inner = Pointers.child(pointer, intrinsic);
      Node value = readPlain(parser, file, inner, at);
      Map<String, ObjectNode.Member> members = new LinkedHashMap<>();
      members.put(intrinsic, new ObjectNode.Member(intrinsic, at, inner, value));
      return new ObjectNode(members, pointer, at);
    }
    return readPlain(parser, file, pointer, at);
  }

  private static Node readPlain(YAMLParser parser, String file, String pointer, SourcePosition at)
      throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, ObjectNode.Member> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          SourcePosition keyAt = position(file, parser.currentTokenLocation());
          String memberPointer = Pointers.child(pointer, key);
          parser.nextToken();
          Node value = readValue(parser, file, memberPointer);
          members.remove(key);
          members.put(key, new ObjectNode.Member(key, keyAt, memberPointer, value));
        }
        return new ObjectNode(members, pointer, at);
      case START_ARRAY:
        List<Node> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(readValue(parser, file, Pointers.child(pointer, elements.size())));
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

  private static SourcePosition position(String file, JsonLocation location) {
    return new SourcePosition(
        file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private static String reason(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "malformed YAML";
    }
    return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
  }
}
