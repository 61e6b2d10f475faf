package dev.berth.ecr;

import dev.berth.source.Node;
import dev.berth.source.SourcePosition;

/** A lifecycle policy value that ECR would reject, with where it is and what is wrong. */
public final class InvalidLifecyclePolicyException extends Exception {

  private final transient SourcePosition position;

  public InvalidLifecyclePolicyException(Node at, String reason) {
    super(at.position() + ": " + reason);
    this.position = at.position();
  }

  public SourcePosition position() {
    return position;
  }
}
