package dev.berth.check;

import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.SourcePosition;

/** Where a finding points: a file position and the RFC 6901 pointer of the value or key. */
public record Location(String file, int line, int column, String pointer) {

  /** The position of a value. */
  public static Location of(Node node) {
    SourcePosition at = node.position();
    return new Location(at.file(), at.line(), at.column(), node.pointer());
  }

  /** The position of a member's key, for findings about the key itself. */
  public static Location ofKey(ObjectNode.Member member) {
    SourcePosition at = member.keyPosition();
    return new Location(at.file(), at.line(), at.column(), member.pointer());
  }
}
