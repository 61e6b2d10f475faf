package dev.berth.ecr;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a rule picks the images it acts on: the newest N are spared ({@code imageCountMoreThan}), or
 * images older than N days by one of three clocks.
 */
public enum CountType {
  IMAGE_COUNT_MORE_THAN("imageCountMoreThan"),
  SINCE_IMAGE_PUSHED("sinceImagePushed"),
  SINCE_IMAGE_PULLED("sinceImagePulled"),
  SINCE_IMAGE_TRANSITIONED("sinceImageTransitioned");

  private final String wire;

  CountType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** True for the count types measured in days, which need {@code countUnit: days}. */
  public boolean isAge() {
    return this != IMAGE_COUNT_MORE_THAN;
  }

  public static Optional<CountType> parse(String text) {
    return Arrays.stream(values()).filter(v -> v.wire.equals(text)).findFirst();
  }
}
