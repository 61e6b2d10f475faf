package dev.berth.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the name a user most likely meant among the names an API knows. */
public final class Spelling {

  private Spelling() {}

  /**
   * The known name closest to {@code written}: the same name in another case first
   * (CloudFormation's PascalCase, Terraform's snake_case), else one within a small edit distance.
   */
  public static Optional<String> closest(String written, Collection<String> known) {
    String folded = fold(written);
    for (String candidate : known) {
      if (fold(candidate).equals(folded)) {
        return Optional.of(candidate);
      }
    }
    int limit = Math.max(1, Math.min(3, written.length() / 4));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(folded, fold(candidate));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  private static String fold(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
