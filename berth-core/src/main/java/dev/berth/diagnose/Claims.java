package dev.berth.diagnose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The causes a diagnosis has proven so far, merged by cause, and the ones it could not decide. A
 * cause is claimed only with evidence; an undecided one is dropped once another signal proves it.
 */
final class Claims {

  /** Many stopped tasks repeat one reason; a dozen quotes make the point. */
  private static final int MOST_EVIDENCE = 12;

  private final Map<Cause, Set<String>> evidence = new LinkedHashMap<>();
  private final Map<Cause, Set<String>> fixes = new LinkedHashMap<>();
  private final Map<Cause, String> undecidedReasons = new LinkedHashMap<>();
  private final Map<Cause, Set<String>> undecidedFiles = new LinkedHashMap<>();

  void claim(Cause cause, List<String> seen, List<String> fix) {
    evidence.computeIfAbsent(cause, c -> new LinkedHashSet<>()).addAll(seen);
    fixes.computeIfAbsent(cause, c -> new LinkedHashSet<>()).addAll(fix);
  }

  void claim(Cause cause, Verdict verdict, List<String> before) {
    List<String> seen = new ArrayList<>(before);
    seen.addAll(verdict.evidence());
    claim(cause, seen, verdict.fix());
  }

  void undecided(Cause cause, String reason, Set<String> files) {
    undecidedReasons.putIfAbsent(cause, reason);
    undecidedFiles.computeIfAbsent(cause, c -> new TreeSet<>()).addAll(files);
  }

  /** Records the verdict: a claim when proven, an open question when undecided. */
  void record(Cause cause, Verdict verdict, List<String> before) {
    switch (verdict.status()) {
      case PROVEN -> claim(cause, verdict, before);
      case UNDECIDED -> undecided(cause, verdict.evidence().get(0), verdict.missing());
      case REFUTED -> {}
    }
  }

  boolean has(Cause cause) {
    return evidence.containsKey(cause);
  }

  /** The proven causes: the catalogue's fix steps after the specific ones. */
  List<Diagnosis> causes() {
    List<Diagnosis> out = new ArrayList<>();
    evidence.forEach(
        (cause, seen) -> {
          Set<String> fix = new LinkedHashSet<>(fixes.get(cause));
          fix.addAll(cause.fix());
          List<String> shown = new ArrayList<>(seen.stream().limit(MOST_EVIDENCE).toList());
          if (seen.size() > MOST_EVIDENCE) {
            shown.add("(" + (seen.size() - MOST_EVIDENCE) + " more lines of evidence like these)");
          }
          out.add(new Diagnosis(cause, shown, List.copyOf(fix)));
        });
    return out;
  }

  List<Undecided> undecided() {
    List<Undecided> out = new ArrayList<>();
    undecidedReasons.forEach(
        (cause, reason) -> {
          if (!evidence.containsKey(cause)) {
            out.add(new Undecided(cause, reason, List.copyOf(undecidedFiles.get(cause))));
          }
        });
    return out;
  }
}
