package dev.berth.ecr;

import java.util.Arrays;
import java.util.Optional;

/** What a rule does to the images it picks: delete them, or move them to archive storage. */
public enum ActionType {
  EXPIRE("expire"),
  TRANSITION("transition");

  private final String wire;

  ActionType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<ActionType> parse(String text) {
    return Arrays.stream(values()).filter(v -> v.wire.equals(text)).findFirst();
  }
}
