package dev.berth.ecr;

import java.util.Arrays;
import java.util.Optional;

/** Which images a rule looks at by their tags: {@code tagged}, {@code untagged} or {@code any}. */
public enum TagStatus {
  TAGGED("tagged"),
  UNTAGGED("untagged"),
  ANY("any");

  private final String wire;

  TagStatus(String wire) {
    this.wire = wire;
  }

  /** The value as a lifecycle policy writes it. */
  public String wire() {
    return wire;
  }

  public static Optional<TagStatus> parse(String text) {
    return Arrays.stream(values()).filter(v -> v.wire.equals(text)).findFirst();
  }
}
