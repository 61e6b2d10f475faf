package dev.berth.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document held in a string value of another file, such as a lifecycle policy in a
 * CloudFormation {@code LifecyclePolicyText} or a Terraform plan's {@code policy}. Positions point
 * into the outer file: exactly for a YAML literal block ({@code |}) and for a string written on one
 * line (escapes included), otherwise at the string's first character. Pointers continue the
 * string's own pointer into the embedded document.
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

  /**
   * Maps a line and column of the embedded text to the outer file. A literal block shifts every
   * line by its indent; a one-line quoted string maps each character to the column it was written
   * at, escapes included ({@code \\n}, {@code \\"}, {@code \\u0041} in a JSON template or a plan);
   * anything else maps to the string's first character.
   */
  private static final class Mapping {
    private final SourcePosition start;
    private final int firstLine;
    private final int firstColumn;
    private final int[] columns;
    private final int[] lineStarts;
    private final boolean exact;

    private Mapping(
        SourcePosition start,
        int firstLine,
        int firstColumn,
        int[] columns,
        int[] lineStarts,
        boolean exact) {
      this.start = start;
      this.firstLine = firstLine;
      this.firstColumn = firstColumn;
      this.columns = columns;
      this.lineStarts = lineStarts;
      this.exact = exact;
    }

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
      if (first == '"') {
        Mapping escaped = escaped(at, line, index, text);
        if (escaped != null) {
          return escaped;
        }
      }
      int from = index + (first == '"' || first == '\'' ? 1 : 0);
      if (!text.contains("\n") && line.startsWith(text, from)) {
        return new Mapping(at, at.line(), from + 1, null, null, true);
      }
      return inexact(at);
    }

    /** A literal block keeps every line; its text starts on the next line, after the indent. */
    private static Mapping literalBlock(SourcePosition at, String[] lines) {
      for (int i = at.line(); i < lines.length; i++) {
        String content = lines[i];
        if (!content.isBlank()) {
          int indent = content.length() - content.stripLeading().length();
          return new Mapping(at, at.line() + 1, indent + 1, null, null, true);
        }
      }
      return inexact(at);
    }

    /**
     * A double-quoted string on one line, read as JSON reads it: the column of every character it
     * decodes to. Null when the string does not end on this line or decodes to other text.
     */
    private static Mapping escaped(SourcePosition at, String line, int quote, String text) {
      int[] columns = new int[text.length() + 1];
      int produced = 0;
      int i = quote + 1;
      while (i < line.length() && line.charAt(i) != '"') {
        if (produced >= text.length()) {
          return null;
        }
        columns[produced++] = i + 1;
        if (line.charAt(i) == '\\') {
          i += i + 1 < line.length() && line.charAt(i + 1) == 'u' ? 6 : 2;
        } else {
          i++;
        }
      }
      if (i >= line.length() || produced != text.length()) {
        return null;
      }
      columns[produced] = i + 1;
      int[] lineStarts = new int[(int) text.chars().filter(c -> c == '\n').count() + 1];
      int l = 1;
      for (int c = 0; c < text.length(); c++) {
        if (text.charAt(c) == '\n' && l < lineStarts.length) {
          lineStarts[l++] = c + 1;
        }
      }
      return new Mapping(at, at.line(), 0, columns, lineStarts, true);
    }

    private static Mapping inexact(SourcePosition at) {
      return new Mapping(at, at.line(), at.column(), null, null, false);
    }

    SourcePosition map(SourcePosition inner) {
      if (!exact) {
        return start;
      }
      if (columns != null) {
        int lineIndex = Math.min(inner.line(), lineStarts.length) - 1;
        int offset = Math.min(lineStarts[lineIndex] + inner.column() - 1, columns.length - 1);
        return new SourcePosition(start.file(), start.line(), columns[offset]);
      }
      return new SourcePosition(
          start.file(), firstLine + inner.line() - 1, firstColumn + inner.column() - 1);
    }
  }
}
