package dev.berth.diagnose;

import java.util.List;

/**
 * A cause the snapshot points to but cannot prove or rule out, with why, and the snapshot files
 * that would decide it.
 */
public record Undecided(Cause cause, String reason, List<String> missingFiles) {

  public Undecided {
    missingFiles = List.copyOf(missingFiles);
  }
}
