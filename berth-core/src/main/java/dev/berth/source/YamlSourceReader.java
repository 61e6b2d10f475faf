package dev.berth.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.LinkedHashMap;
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
      return readValue(parser, new TreeBuilder(parser, file), "");
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      SourcePosition position =
          where == null ? new SourcePosition(file, 1, 1) : TreeBuilder.position(file, where);
      throw new SourceSyntaxException(position, reason(e), e);
    } catch (IOException e) {
      throw new SourceSyntaxException(new SourcePosition(file, 1, 1), e.getMessage(), e);
    }
  }

  private static Node readValue(YAMLParser parser, TreeBuilder tree, String pointer)
      throws IOException {
    SourcePosition at = tree.here();
    String intrinsic = CloudFormationTags.longForm(parser.getTypeId());
    TreeBuilder.ChildReader children = child -> readValue(parser, tree, child);
    if (intrinsic != null) {
      // The tagged value becomes the only member of an object named after the function.
      String inner = Pointers.child(pointer, intrinsic);
      Node value = tree.value(inner, at, children);
      Map<String, ObjectNode.Member> members = new LinkedHashMap<>();
      members.put(intrinsic, new ObjectNode.Member(intrinsic, at, inner, value));
      return new ObjectNode(members, pointer, at);
    }
    return tree.value(pointer, at, children);
  }

  private static String reason(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "malformed YAML";
    }
    return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
  }
}
