package dev.berth.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document held in a string value of another file, such as a lifecycle policy in a
 * CloudFormation {@code LifecyclePolicyText} or a Terraform plan's {@code policy}. Positions point
 * into the outer file: exactly for a YAML literal block ({@code |}) and for a string written on one
 * line without escapes, otherwise at the string's first character. Pointers continue the string's
 * own pointer into the embedded document.
 */
public final class EmbeddedJson {

  private EmbeddedJson() {}

  /**
   * Parses {@code string}'s text as JSON.
   *
   * @param outerText the whole outer file as written, to find where the string's text starts
   */
  public static Node read(ScalarNode string, String outerText) throws SourceSyntaxException {
    SourcePosition at = string.position();
    Mapping mapping = Mapping.of(string, outerText);
    try {
      Node inner = JsonSourceReader.read(at.file(), string.text());
      return remap(inner, mapping, string.pointer());
    } catch (SourceSyntaxException e) {
      throw new SourceSyntaxException(mapping.map(e.position()), e.reason(), e);
    }
  }

  private static Node remap(Node node, Mapping mapping, String prefix) {
    String pointer = prefix + node.pointer();
    SourcePosition at = mapping.map(node.position());
    if (node instanceof ObjectNode object) {
      Map<String, ObjectNode.Member> members = new LinkedHashMap<>();
      for (ObjectNode.Member m : object.entries()) {
        members.put(
            m.key(),
            new ObjectNode.Member(
                m.key(),
                mapping.map(m.keyPosition()),
                prefix + m.pointer(),
                remap(m.value(), mapping, prefix)));
      }
      return new ObjectNode(members, pointer, at);
    }
    if (node instanceof ArrayNode array) {
      List<Node> elements = new ArrayList<>();
      for (Node element : array.elements()) {
        elements.add(remap(element, mapping, prefix));
      }
      return new ArrayNode(elements, pointer, at);
    }
    ScalarNode scalar = (ScalarNode) node;
    return new ScalarNode(scalar.kind(), scalar.text(), pointer, at);
  }

  /** Maps a line and column of the embedded text to the outer file. */
  private record Mapping(
      String file, SourcePosition start, int firstLine, int firstColumn, boolean exact) {

    static Mapping of(ScalarNode string, String outerText) {
      SourcePosition at = string.position();
      String[] lines = outerText.split("\r?\n", -1);
      if (at.line() > lines.length) {
        return inexact(at);
      }
      String line = lines[at.line() - 1];
      int index = at.column() - 1;
      if (index >= line.length()) {
        return inexact(at);
      }
      char first = line.charAt(index);
      if (first == '|') {
        return literalBlock(at, lines);
      }
      String text = string.text();
      if (text.contains("\n")) {
        return inexact(at);
      }
      int offset = first == '"' || first == '\'' ? 1 : 0;
      int from = index + offset;
      if (line.startsWith(text, from)) {
        return new Mapping(at.file(), at, at.line(), from + 1, true);
      }
      return inexact(at);
    }

    /** A literal block keeps every line; its text starts on the next line, after the indent. */
    private static Mapping literalBlock(SourcePosition at, String[] lines) {
      for (int i = at.line(); i < lines.length; i++) {
        String content = lines[i];
        if (!content.isBlank()) {
          int indent = content.length() - content.stripLeading().length();
          return new Mapping(at.file(), at, at.line() + 1, indent + 1, true);
        }
      }
      return inexact(at);
    }

    private static Mapping inexact(SourcePosition at) {
      return new Mapping(at.file(), at, at.line(), at.column(), false);
    }

    SourcePosition map(SourcePosition inner) {
      if (!exact) {
        return start;
      }
      int line = firstLine + inner.line() - 1;
      int column = firstColumn + inner.column() - 1;
      return new SourcePosition(file, line, column);
    }
  }
}
