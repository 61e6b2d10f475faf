package dev.berth.source;

/**
 * One value of a document as the user wrote it, with its position and its RFC 6901 pointer into the
 * file.
 */
public sealed interface Node permits ObjectNode, ArrayNode, ScalarNode {

  /** The RFC 6901 JSON pointer of this value in the file as written ("" for the root). */
  String pointer();

  /** The position of the value's first character. */
  SourcePosition position();

  /** A short name of the value's JSON type, as a user would say it: object, array, string… */
  String typeName();

  /** True when the value is a JSON null, which readers treat as absent. */
  default boolean isNull() {
    return this instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL;
  }
}
