package dev.berth.check;

import java.util.Locale;

/** How bad a finding is. */
public enum Severity {
  /** AWS rejects it, or it fails at run time. */
  ERROR,
  /** It works, but it hurts: slow deployments, lost logs, leaked secrets. */
  WARNING,
  /** Hardening. */
  NOTE;

  /** The lower-case name used in every output: error, warning, note. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as bad as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Severity parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }
}
