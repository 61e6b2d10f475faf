package dev.berth.diagnose;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the snapshot proves about one condition: it holds (with the evidence), it does not, or it
 * cannot be decided without the files named.
 */
record Verdict(Status status, List<String> evidence, List<String> fix, Set<String> missing) {

  enum Status {
    PROVEN,
    REFUTED,
    UNDECIDED
  }

  Verdict {
    evidence = List.copyOf(evidence);
    fix = List.copyOf(fix);
    missing = Set.copyOf(new TreeSet<>(missing));
  }

  static Verdict proven(List<String> evidence, List<String> fix) {
    return new Verdict(Status.PROVEN, evidence, fix, Set.of());
  }

  static Verdict refuted(List<String> evidence) {
    return new Verdict(Status.REFUTED, evidence, List.of(), Set.of());
  }

  static Verdict undecided(String why, Set<String> missing) {
    return new Verdict(Status.UNDECIDED, List.of(why), List.of(), missing);
  }

  boolean isProven() {
    return status == Status.PROVEN;
  }
}
