package dev.berth.aws;

import java.util.List;

/**
 * A task or service definition has members the ECS API does not know; AWS would reject it, so
 * nothing is sent.
 */
public final class DefinitionShapeException extends RuntimeException {

  private final List<String> pointers;

  public DefinitionShapeException(String shape, List<String> pointers) {
    super(
        "not a member of "
            + shape
            + ": "
            + String.join(", ", pointers)
            + " (check the spelling against the ECS API reference)");
    this.pointers = List.copyOf(pointers);
  }

  /** The JSON pointers of the unknown members. */
  public List<String> pointers() {
    return pointers;
  }
}
