package dev.berth.ecr;

import java.util.Arrays;
import java.util.Optional;

/** Where an image is kept: {@code standard} (pullable) or {@code archive} (not pullable). */
public enum StorageClass {
  STANDARD("standard"),
  ARCHIVE("archive");

  private final String wire;

  StorageClass(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<StorageClass> parse(String text) {
    return Arrays.stream(values()).filter(v -> v.wire.equals(text)).findFirst();
  }
}
