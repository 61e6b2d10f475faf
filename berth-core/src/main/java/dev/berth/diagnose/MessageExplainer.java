package dev.berth.diagnose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains a message as people paste it (a stopped reason, a container reason, a service event, an
 * AWS CLI error): the causes it points to, most likely first, each with what in the message points
 * to it. Pure: it reads nothing but the text.
 */
public final class MessageExplainer {

  private static final int TELLING = 10;

  /** Explains {@code message}; an empty list when no known message is recognised. */
  public List<Diagnosis> explain(String message) {
    List<Ranked> ranked = rank(message);
    // A prefix many causes share (CannotPullContainerError) is shown only when nothing says more.
    List<Ranked> telling = ranked.stream().filter(r -> r.score() >= TELLING).toList();
    return (telling.isEmpty() ? ranked : telling).stream().map(Ranked::diagnosis).toList();
  }

  /** A diagnosis with the weight of the clues behind it. */
  record Ranked(Diagnosis diagnosis, int score) {}

  /** The causes {@code message} points to with their scores, highest first. */
  List<Ranked> rank(String message) {
    Map<Cause, Integer> scores = new LinkedHashMap<>();
    Map<Cause, List<String>> evidence = new LinkedHashMap<>();
    for (Signature signature : MessageSignatures.all()) {
      for (Clue clue : signature.find(message)) {
        scores.merge(clue.cause(), clue.weight(), Integer::sum);
        List<String> seen = evidence.computeIfAbsent(clue.cause(), c -> new ArrayList<>());
        if (!seen.contains(clue.evidence())) {
          seen.add(clue.evidence());
        }
      }
    }
    List<Cause> catalogue = Causes.all();
    return scores.keySet().stream()
        .sorted(Comparator.comparing((Cause c) -> -scores.get(c)).thenComparing(catalogue::indexOf))
        .map(cause -> new Ranked(Diagnosis.of(cause, evidence.get(cause)), scores.get(cause)))
        .toList();
  }
}
