package dev.berth.diagnose;

import java.util.List;

/**
 * A cause that a message or a snapshot points to, with the evidence that points to it (quoted from
 * the input) and the steps to check or fix, most specific first.
 */
public record Diagnosis(Cause cause, List<String> evidence, List<String> fix) {

  public Diagnosis {
    evidence = List.copyOf(evidence);
    fix = List.copyOf(fix);
  }

  /** The cause with its evidence and the catalogue's own fix steps. */
  public static Diagnosis of(Cause cause, List<String> evidence) {
    return new Diagnosis(cause, evidence, cause.fix());
  }
}
