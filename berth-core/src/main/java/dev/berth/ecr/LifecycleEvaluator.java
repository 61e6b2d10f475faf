package dev.berth.ecr;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Decides what a lifecycle policy does to each image, as ECR's evaluator does (see
 * docs/ecr-lifecycle.md for every point and its source):
 *
 * <ul>
 *   <li>every rule identifies the images its selection takes, all of them, counting images that a
 *       rule of lower priority number also takes;
 *   <li>an image is decided by the first rule, in ascending {@code rulePriority}, that selects it:
 *       that rule acts on it or spares it, and no later rule can touch it;
 *   <li>{@code imageCountMoreThan N} spares the newest N by push time and picks the rest; the age
 *       counts pick images older than N days at the evaluation time;
 *   <li>an image referenced by an image index that is not expired is not acted on.
 * </ul>
 *
 * Pure: the evaluation time is an argument, never read from a clock.
 */
public final class LifecycleEvaluator {

  /** Newest push first; the digest breaks ties so the order is the same on every run. */
  private static final Comparator<Image> NEWEST_FIRST =
      Comparator.comparing(Image::pushedAt).reversed().thenComparing(Image::digest);

  private LifecycleEvaluator() {}

  public static LifecyclePreview evaluate(
      List<LifecycleRule> rules, List<Image> images, Instant at) {
    List<LifecycleRule> ordered = new ArrayList<>(rules);
    ordered.sort(Comparator.comparingInt(LifecycleRule::priority));
    Image[] sorted = images.toArray(new Image[0]);
    Arrays.sort(sorted, NEWEST_FIRST);

    ImageVerdict[] verdicts = new ImageVerdict[sorted.length];
    for (LifecycleRule rule : ordered) {
      decide(rule, sorted, verdicts, at);
    }
    for (int i = 0; i < sorted.length; i++) {
      if (verdicts[i] == null) {
        verdicts[i] = new ImageVerdict(sorted[i], Verdict.KEEP, OptionalInt.empty(), noRule());
      }
    }
    protectIndexChildren(sorted, verdicts);
    return new LifecyclePreview(at, Arrays.asList(verdicts));
  }

  /** Lets one rule decide every image it selects that no earlier rule has decided. */
  private static void decide(
      LifecycleRule rule, Image[] sorted, ImageVerdict[] verdicts, Instant at) {
    int selected = 0;
    for (Image image : sorted) {
      if (rule.selects(image)) {
        selected++;
      }
    }
    int rank = 0;
    for (int i = 0; i < sorted.length; i++) {
      Image image = sorted[i];
      if (!rule.selects(image)) {
        continue;
      }
      rank++;
      if (verdicts[i] != null) {
        continue;
      }
      verdicts[i] =
          rule.countType() == CountType.IMAGE_COUNT_MORE_THAN
              ? byCount(rule, image, rank, selected)
              : byAge(rule, image, at);
    }
  }

  private static ImageVerdict byCount(LifecycleRule rule, Image image, int rank, int selected) {
    String keeps =
        "rule "
            + rule.priority()
            + " keeps the newest "
            + rule.countNumber()
            + " of the "
            + selected
            + " "
            + rule.selectionLabel()
            + "; this one is number "
            + rank
            + " by push time";
    return rank <= rule.countNumber() ? spared(rule, image, keeps) : acted(rule, image, keeps);
  }

  private static ImageVerdict byAge(LifecycleRule rule, Image image, Instant at) {
    Optional<Instant> since;
    String clock;
    switch (rule.countType()) {
      case SINCE_IMAGE_PULLED:
        since = image.lastPulledAt().or(() -> Optional.of(image.pushedAt()));
        clock = image.lastPulledAt().isPresent() ? "last pulled" : "never pulled, pushed";
        break;
      case SINCE_IMAGE_TRANSITIONED:
        since = image.lastArchivedAt();
        clock = "archived";
        break;
      default:
        since = Optional.of(image.pushedAt());
        clock = "pushed";
    }
    String limit =
        "rule "
            + rule.priority()
            + " acts on "
            + rule.selectionLabel()
            + " "
            + clock.replace("never pulled, ", "")
            + " more than "
            + rule.countNumber()
            + " days ago";
    if (since.isEmpty()) {
      return spared(rule, image, limit + "; describe-images gives no lastArchivedAt for this one");
    }
    long days = Duration.between(since.get(), at).toDays();
    String age = limit + "; this one was " + clock + " " + days + " days before " + at;
    boolean old = since.get().isBefore(at.minus(Duration.ofDays(rule.countNumber())));
    return old ? acted(rule, image, age) : spared(rule, image, age);
  }

  private static ImageVerdict acted(LifecycleRule rule, Image image, String reason) {
    Verdict verdict = rule.action() == ActionType.TRANSITION ? Verdict.TRANSITION : Verdict.EXPIRE;
    return new ImageVerdict(image, verdict, OptionalInt.of(rule.priority()), reason);
  }

  private static ImageVerdict spared(LifecycleRule rule, Image image, String reason) {
    return new ImageVerdict(image, Verdict.KEEP, OptionalInt.of(rule.priority()), reason);
  }

  private static String noRule() {
    return "no rule selects it";
  }

  /**
   * An image index that stays keeps the images it references: ECR does not expire an image that a
   * multi-architecture index still points to. A protected child that is itself an index protects
   * its own children in turn.
   */
  private static void protectIndexChildren(Image[] sorted, ImageVerdict[] verdicts) {
    Map<String, Integer> byDigest = new HashMap<>();
    for (int i = 0; i < sorted.length; i++) {
      byDigest.putIfAbsent(sorted[i].digest(), i);
    }
    Deque<Integer> survivors = new ArrayDeque<>();
    for (int i = 0; i < sorted.length; i++) {
      if (!sorted[i].childDigests().isEmpty() && verdicts[i].verdict() != Verdict.EXPIRE) {
        survivors.add(i);
      }
    }
    while (!survivors.isEmpty()) {
      int index = survivors.poll();
      for (String child : sorted[index].childDigests()) {
        Integer c = byDigest.get(child);
        if (c == null || verdicts[c].verdict() == Verdict.KEEP) {
          continue;
        }
        ImageVerdict was = verdicts[c];
        verdicts[c] =
            new ImageVerdict(
                was.image(),
                Verdict.KEEP,
                OptionalInt.empty(),
                "referenced by image index "
                    + sorted[index].digest()
                    + ", which stays; rule "
                    + was.rule().orElseThrow()
                    + " would "
                    + (was.verdict() == Verdict.EXPIRE ? "expire" : "archive")
                    + " it");
        if (!sorted[c].childDigests().isEmpty()) {
          survivors.add(c);
        }
      }
    }
  }
}
