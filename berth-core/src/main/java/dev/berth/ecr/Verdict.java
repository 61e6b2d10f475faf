package dev.berth.ecr;

import java.util.Locale;

/** What a lifecycle policy does to one image. */
public enum Verdict {
  KEEP,
  EXPIRE,
  TRANSITION;

  /** The lower-case name every output uses: keep, expire, transition. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
